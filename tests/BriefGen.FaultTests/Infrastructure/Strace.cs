namespace BriefGen.FaultTests.Infrastructure;

/// <summary>
/// strace as a fault injector: <c>-e inject=SET:ACTION:when=EXPR</c> over every thread (<c>-f</c>). strace counts
/// each syscall of the set separately and per thread, so <c>when=N</c> acts at the first moment any thread makes
/// its N-th call of any one of them.
/// </summary>
internal static class Strace
{
    /// <summary>Every call that changes the folder tree: where a kill is interesting.</summary>
    public const string TreeCalls = "rename,renameat,renameat2,link,linkat,unlink,unlinkat,mkdir,mkdirat";

    /// <summary>The renames alone: the commit (folder swap) and the state's replacement.</summary>
    public const string Renames = "rename,renameat,renameat2";

    /// <summary>Runs under strace, which performs <paramref name="action"/> (<c>signal=KILL</c>, <c>error=ENOSPC</c>) on <paramref name="calls"/> at <paramref name="when"/>.</summary>
    public static Launch Inject(string calls, string action, string when)
        => new(["strace", "-f", "-qq", "-o", "/dev/null", "-e", "trace=" + calls, "-e", $"inject={calls}:{action}:when={when}", "--"]);

    /// <summary>Runs under strace, recording every call of <paramref name="calls"/> into <paramref name="log"/>.</summary>
    public static Launch Record(string calls, string log)
        => new(["strace", "-f", "-qq", "-o", log, "-e", "trace=" + calls, "--"]);

    /// <summary>
    /// From a <see cref="Record"/> log, the 1-based numbers, among the main thread's calls, of those whose line
    /// matches <paramref name="match"/> (the main thread is the first one logged).
    /// </summary>
    public static IReadOnlyList<int> MainThreadCallNumbers(string log, Func<string, bool> match)
    {
        var lines = File.ReadLines(log).Select(l => l.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries)).Where(p => p.Length == 2).ToList();
        var main = lines.FirstOrDefault()?[0];
        return lines.Where(p => p[0] == main && !p[1].StartsWith("<...", StringComparison.Ordinal) && !p[1].StartsWith("+++", StringComparison.Ordinal))
            .Select((p, i) => (Call: p[1], Number: i + 1)).Where(c => match(c.Call)).Select(c => c.Number).ToList();
    }
}
