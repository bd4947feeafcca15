namespace BriefGen.Cli.Terminal;

/// <summary>
/// What the streams a command writes to can show. A live progress line needs standard error to be a terminal outside
/// CI (any CI sets <c>CI</c>) that can move its cursor (<c>TERM=dumb</c> cannot); colours need the stream they are
/// written to to be such a terminal, and <c>NO_COLOR</c> unset or empty (https://no-color.org). Anything else gets
/// plain text, exactly as it would be written to a file.
/// </summary>
internal sealed record TerminalCapabilities
{
    /// <summary>Plain streams, no terminal: files, pipes, tests.</summary>
    public static TerminalCapabilities Redirected { get; } = new();

    /// <summary>Standard output is a terminal.</summary>
    public bool OutputIsTerminal { get; init; }

    /// <summary>Standard error is a terminal.</summary>
    public bool ErrorIsTerminal { get; init; }

    /// <summary>The environment variable <c>CI</c> is set: output goes to a log, whatever the streams are.</summary>
    public bool InCi { get; init; }

    /// <summary><c>TERM=dumb</c>: the terminal prints text but has no cursor control or colours.</summary>
    public bool Dumb { get; init; }

    /// <summary>The environment variable <c>NO_COLOR</c> is set to a non-empty value.</summary>
    public bool NoColor { get; init; }

    /// <summary>How often the progress line is redrawn.</summary>
    public TimeSpan RedrawInterval { get; init; } = TimeSpan.FromMilliseconds(100);

    /// <summary>Whether standard error shows a live progress line.</summary>
    public bool ShowsProgress => ErrorIsTerminal && !InCi && !Dumb;

    /// <summary>Whether standard output is written in colour.</summary>
    public bool ColoursOutput => OutputIsTerminal && MayColour;

    /// <summary>Whether standard error is written in colour.</summary>
    public bool ColoursError => ErrorIsTerminal && MayColour;

    private bool MayColour => !InCi && !Dumb && !NoColor;

    /// <summary>The capabilities of streams redirected or not as said, in the environment <paramref name="variable"/> reads.</summary>
    public static TerminalCapabilities Detect(bool outputRedirected, bool errorRedirected, Func<string, string?> variable) => new()
    {
        OutputIsTerminal = !outputRedirected,
        ErrorIsTerminal = !errorRedirected,
        InCi = !string.IsNullOrEmpty(variable("CI")),
        Dumb = string.Equals(variable("TERM"), "dumb", StringComparison.Ordinal),
        NoColor = !string.IsNullOrEmpty(variable("NO_COLOR")),
    };
}
