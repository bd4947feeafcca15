namespace BriefGen;

/// <summary>
/// How far a running build is, for a caller that shows it (the terminal line of <c>briefgen build</c>): give one to
/// <see cref="SiteBuildOptions.Progress"/> and read it from another thread as often as you draw, e.g. ten times a
/// second. The build only sets a stage and bumps interlocked counters, no callback, so watching costs it nothing
/// measurable. Each build starts it afresh and leaves it <see cref="BuildStage.Idle"/> when it returns, so one object
/// serves the builds of a watch loop one after another (not two builds at once). The counts stay readable after the
/// build, as its final tally.
/// </summary>
public sealed class BuildProgress
{
    private int _stage;

    /// <summary>The stage the build is in; <see cref="BuildStage.Idle"/> when no build is running.</summary>
    public BuildStage Stage => (BuildStage)Volatile.Read(ref _stage);

    /// <summary>The seed files read (<see cref="ProgressCount.Kept"/>: taken unchanged from the previous build's seed cache).</summary>
    public ProgressCount Seeds { get; } = new();

    /// <summary>
    /// The generated files (pages, feeds, JSON) rendered or kept (<see cref="ProgressCount.Kept"/>: their inputs and
    /// templates are unchanged since the previous build). Static files and assets are not counted.
    /// </summary>
    public ProgressCount GeneratedFiles { get; } = new();

    /// <summary>A build begins: nothing counted yet.</summary>
    internal void Restart()
    {
        Enter(BuildStage.Prepare);
        Seeds.Reset();
        GeneratedFiles.Reset();
    }

    /// <summary>The build enters <paramref name="stage"/>.</summary>
    internal void Enter(BuildStage stage) => Volatile.Write(ref _stage, (int)stage);
}
