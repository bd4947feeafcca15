namespace BriefGen.MSBuild.Tests.Infrastructure;

/// <summary>
/// An end-to-end test class (each with the EndToEnd trait): it shares the run's packed feed (an assembly fixture), and keeps the feed's folder (consumers,
/// clones, binlogs) on disk when one of its tests failed.
/// </summary>
public abstract class EndToEndTest(PackedFeed feed) : IDisposable
{
    /// <summary>The run's packed feed.</summary>
    protected PackedFeed Feed { get; } = feed;

    /// <summary>Marks the feed's folder to be kept when this test failed.</summary>
    public void Dispose()
    {
        if (TestContext.Current.TestState?.Result == TestResult.Failed)
        {
            Feed.KeepForInspection = true;
        }
    }
}
