using BriefGen.Fuzz;
using BriefGen.Tests.Infrastructure;

namespace BriefGen.Tests.Fuzz;

/// <summary>
/// Replays the committed fuzz corpus (tests/BriefGen.Fuzz/corpus/&lt;target&gt;/) through the targets afl-fuzz runs,
/// in-process: no exception may escape and every input must finish in bounded time. Known findings are kept in the
/// corpus as <c>crash-*</c> and <c>hang-*</c> files, so they fail here until the code under test is fixed.
/// </summary>
public sealed class FuzzCorpusReplayTests
{
    /// <summary>Far above any corpus input's time (milliseconds), far below a hang.</summary>
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(5);

    private const long MaxCorpusBytes = 2 * 1024 * 1024;

    private static string CorpusDir(string target) => RepoPaths.InRepo("tests", "BriefGen.Fuzz", "corpus", target);

    public static TheoryData<string, string> CorpusFiles()
    {
        var data = new TheoryData<string, string>();
        foreach (var target in FuzzTargets.All)
        {
            foreach (var file in Directory.EnumerateFiles(CorpusDir(target.Name)).Order(StringComparer.Ordinal))
            {
                data.Add(target.Name, Path.GetFileName(file));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CorpusFiles))]
    public async Task Replay_CorpusInput_NoExceptionEscapesAndEndsInTime(string target, string file)
    {
        var run = FuzzTargets.Find(target)!.Run;
        var input = await File.ReadAllBytesAsync(Path.Combine(CorpusDir(target), file), TestContext.Current.CancellationToken);

        var replay = Task.Run(() => run(input), TestContext.Current.CancellationToken);
        try
        {
            await replay.WaitAsync(Bound, TestContext.Current.CancellationToken); // an escaped exception fails here, with its stack
        }
        catch (TimeoutException) when (!replay.IsCompleted)
        {
            Assert.Fail($"{target}/{file} still runs after {Bound.TotalSeconds} s: a hang");
        }
    }

    [Fact]
    public void Corpus_EveryTarget_HasInputs()
    {
        foreach (var target in FuzzTargets.All)
        {
            Assert.NotEmpty(Directory.EnumerateFiles(CorpusDir(target.Name)));
        }
    }

    [Fact]
    public void Corpus_Whole_StaysSmall()
    {
        var bytes = FuzzTargets.All
            .SelectMany(t => Directory.EnumerateFiles(CorpusDir(t.Name)))
            .Sum(f => new FileInfo(f).Length);

        Assert.InRange(bytes, 1, MaxCorpusBytes);
    }

    [Fact]
    public void Find_ByName_GivesThatTargetOrNull()
    {
        Assert.Equal("markdown", FuzzTargets.Find("markdown")?.Name);
        Assert.Null(FuzzTargets.Find("nope"));
    }
}
