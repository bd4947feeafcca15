using BriefGen.Diagnostics;

namespace BriefGen.Cli;

/// <summary>A build whose bug (an exception) is reported as one BG9001 diagnostic naming its type, with no stack trace.</summary>
internal static class GuardedBuild
{
    /// <summary>Builds with <paramref name="generator"/>; an exception becomes a failed result holding BG9001.</summary>
    public static BuildResult Run(BriefGenerator generator, SiteBuildOptions options)
    {
        try
        {
            return generator.Build(options);
        }
        catch (Exception e)
        {
            return new BuildResult { Diagnostics = [new Diagnostic(Descriptors.InternalError, options.SiteDir, 0, 0, e.GetType().Name + ": " + e.Message)] };
        }
    }
}
