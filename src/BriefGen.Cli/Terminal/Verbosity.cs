namespace BriefGen.Cli.Terminal;

/// <summary>How much a command prints besides its diagnostics (<c>--quiet</c>, <c>--verbose</c>).</summary>
internal enum Verbosity
{
    /// <summary>Warnings and errors only: no info diagnostics, no summary, no progress.</summary>
    Quiet,

    /// <summary>Diagnostics and one summary line per build (and the progress line on a terminal).</summary>
    Normal,

    /// <summary>Also where the build read and wrote, what it counted and how long each stage took.</summary>
    Verbose,
}
