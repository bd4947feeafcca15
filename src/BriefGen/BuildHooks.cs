using BriefGen.Reading;
using BriefGen.Rendering;

namespace BriefGen;

/// <summary>
/// What tests and benchmarks replace in a build: the writer (an in-memory one makes a full build that keeps no state),
/// the seed loader (stand-in readers) and the memory budget for whole briefs (lowered to exercise reading briefs again).
/// </summary>
/// <param name="CreateWriter">Makes the writer for the output folder; null: the output folder on disk, incremental.</param>
/// <param name="SeedLoader">Reads the seeds; null: the built-in readers and the generator's own.</param>
/// <param name="SeedBudget">Body bytes kept whole before briefs are read again for their pages.</param>
internal sealed record BuildHooks(Func<string, ISiteWriter>? CreateWriter = null, SeedLoader? SeedLoader = null, long SeedBudget = SeedStore.DefaultBudget)
{
    /// <summary>A build as the CLI and the MSBuild task run it.</summary>
    public static BuildHooks None { get; } = new();

    /// <summary>True when the build writes the output folder on disk (and so keeps a build state and takes the lock).</summary>
    public bool OnDisk => CreateWriter is null;
}
