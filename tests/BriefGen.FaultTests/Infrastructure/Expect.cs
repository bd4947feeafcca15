namespace BriefGen.FaultTests.Infrastructure;

/// <summary>The contract's assertions, shared by every test.</summary>
internal static class Expect
{
    /// <summary>The code range of resource failures (disk full, permission, read-only, open files, other I/O).</summary>
    public const string ResourceCode = @"BG4\d{3}";

    /// <summary>No line shows a crash: no BG9001, no exception name, no stack frame.</summary>
    public static void NoCrash(CliRun run)
        => Assert.True(!run.CrashLines.Any(), "the output shows a crash, not a diagnosis:\n" + run);

    /// <summary>Exit 0, no error line, no crash; OUT equals a clean build and nothing but the state lies beside it.</summary>
    public static void Success(CliRun run, Workspace ws)
    {
        Assert.True(run.ExitCode == 0 && !run.ErrorLines.Any(), "the build should succeed:\n" + run);
        NoCrash(run);
        EqualsCleanBuild(ws);
        NothingBeside(ws.Out);
    }

    /// <summary>Exit 1 with an error of <paramref name="codePattern"/>, no crash, OUT exactly <paramref name="before"/>, nothing beside it.</summary>
    public static void Failure(CliRun run, string codePattern, Workspace ws, Tree before)
    {
        Assert.True(run.ExitCode == 1, "the build should fail with exit code 1:\n" + run);
        Assert.True(run.ErrorsWithCode(codePattern).Any(), $"no 'error {codePattern}' line:\n" + run);
        NoCrash(run);
        Unchanged(ws.Out, before);
        NothingBeside(ws.Out);
    }

    /// <summary>The build failed on a resource: a <c>BG4nnn</c> error naming a path and saying <paramref name="osWords"/>, once per cause.</summary>
    public static void ResourceFailure(CliRun run, string osWords, Workspace ws, Tree before)
    {
        Failure(run, ResourceCode, ws, before);
        var lines = run.ErrorsWithCode(ResourceCode).ToList();
        Assert.True(lines.Any(l => l.Contains(osWords, StringComparison.OrdinalIgnoreCase)), $"no BG4nnn error says '{osWords}':\n" + run);
        Assert.True(lines.All(NamesAPath), "a BG4nnn error names no path:\n" + run);
        Assert.True(lines.Count(l => l.Contains(osWords, StringComparison.OrdinalIgnoreCase)) == 1, $"'{osWords}' is reported more than once (one diagnostic per cause):\n" + run);
    }

    /// <summary><paramref name="dir"/> is byte-for-byte (and inode-for-inode, when <paramref name="before"/> has them) as it was.</summary>
    public static void Unchanged(string dir, Tree before)
    {
        var inodes = before.Entries.Values.Any(v => v.Contains(" inode ", StringComparison.Ordinal));
        var diff = Tree.Of(dir, inodes).DiffFrom(before);
        Assert.True(diff.Length == 0, $"{dir} changed:\n{diff}");
    }

    /// <summary>OUT equals a clean build of the site as it is now, in a fresh folder.</summary>
    public static void EqualsCleanBuild(Workspace ws)
    {
        var diff = ws.Snapshot().DiffFrom(CleanBuild.Of(ws.Site));
        Assert.True(diff.Length == 0, "the output differs from a clean build (clean → output):\n" + diff);
    }

    /// <summary>Nothing but the state folder lies beside <paramref name="outDir"/>.</summary>
    public static void NothingBeside(string outDir, params string[] expected)
    {
        var left = Beside.Leftovers(outDir, expected);
        Assert.True(left.Count == 0, $"left beside {Path.GetFileName(outDir)}: {string.Join(", ", left)}");
    }

    /// <summary>A diagnostic names a path: in quotes in its message, as BriefGen names the file it could not write or open.</summary>
    private static bool NamesAPath(string line)
        => System.Text.RegularExpressions.Regex.IsMatch(line, @"error BG4\d{3}: [^']*'[^']+'");
}
