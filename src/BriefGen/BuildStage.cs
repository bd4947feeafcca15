namespace BriefGen;

/// <summary>Where a build is, as <see cref="BuildProgress.Stage"/> tells it; the stages follow one another in this order.</summary>
public enum BuildStage
{
    /// <summary>No build is running: none has started yet, or the last one has returned.</summary>
    Idle,

    /// <summary>Resolving the configuration, checking the output folder, waiting for its lock and recovering what a killed build left.</summary>
    Prepare,

    /// <summary>Reading the seeds; <see cref="BuildProgress.Seeds"/> counts them.</summary>
    Read,

    /// <summary>Placing the briefs in the site: slugs, order, taxonomies, URLs.</summary>
    Assemble,

    /// <summary>Rendering the generated files and writing them beside the output folder; <see cref="BuildProgress.GeneratedFiles"/> counts them.</summary>
    Render,

    /// <summary>Publishing the new site in one swap.</summary>
    Commit,

    /// <summary>Saving the build state for the next, incremental build.</summary>
    State,
}
