namespace BriefGen.FaultTests.Infrastructure;

/// <summary>What a test needs from the machine; a test whose need is not met is skipped with the reason, never passed.</summary>
internal static class Requires
{
    private static readonly Lazy<string?> TmpfsProblem = new(ProbeTmpfs);

    public static void Linux()
    {
        if (!OperatingSystem.IsLinux())
        {
            Assert.Skip("needs Linux (hard links, renameat2, tmpfs, strace)");
        }
    }

    public static void Root()
    {
        Linux();
        if (System.Environment.UserName != "root" && ProcessRunner.Run(["id", "-u"], "/").Lines.FirstOrDefault() != "0")
        {
            Assert.Skip("needs root (mount, setpriv)");
        }
    }

    public static void Tmpfs()
    {
        Root();
        if (TmpfsProblem.Value is { } problem)
        {
            Assert.Skip("cannot mount a tmpfs here: " + problem);
        }
    }

    public static void Strace() => Tool("strace", "strace (apt-get install strace)");

    public static void Setpriv()
    {
        Root();
        Tool("setpriv", "setpriv (util-linux)");
    }

    private static void Tool(string name, string what)
    {
        Linux();
        if (ProcessRunner.Run(["sh", "-c", "command -v " + name], "/").ExitCode != 0)
        {
            Assert.Skip("needs " + what);
        }
    }

    private static string? ProbeTmpfs()
    {
        using var probe = new TempFolder();
        var result = ProcessRunner.Run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", probe.Path], "/");
        return result.ExitCode == 0 ? null : string.Join(" ", result.Lines);
    }
}
