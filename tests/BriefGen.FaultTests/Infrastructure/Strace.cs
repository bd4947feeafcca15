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

    /// <summary>From a <see cref="Record"/> log, per thread, the 1-based numbers of its calls whose line contains <paramref name="fragment"/>.</summary>
    public static IReadOnlyList<int> CallNumbersMentioning(string log, string fragment)
    {
        var perThread = new Dictionary<string, int>();
        var numbers = new SortedSet<int>();
        foreach (var line in File.ReadLines(log))
        {
            var parts = line.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length < 2 || parts[1].StartsWith("<...", StringComparison.Ordinal) || parts[1].StartsWith("+++", StringComparison.Ordinal))
            {
                continue;   // the second half of an interrupted call, or an exit note
            }

            var number = perThread[parts[0]] = perThread.GetValueOrDefault(parts[0]) + 1;
            if (parts[1].Contains(fragment, StringComparison.Ordinal))
            {
                numbers.Add(number);
            }
        }

        return [.. numbers];
    }
}
