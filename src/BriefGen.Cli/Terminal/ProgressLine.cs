using System.Globalization;

namespace BriefGen.Cli.Terminal;

/// <summary>
/// The live line on a terminal's standard error that tells how far a build is (<c>read 6,214/10,000</c>,
/// <c>render 812/3,104</c>): sampled from a <see cref="BuildProgress"/> about ten times a second, redrawn in place
/// (<c>\r</c>, then erase to the end of the line) only when its text changed, and erased whenever no build runs and
/// before anything else is printed. Where no live line can be shown (a redirected stream, CI, <c>TERM=dumb</c>,
/// <c>--quiet</c>) it draws nothing and only runs what is printed through it.
/// </summary>
internal sealed class ProgressLine : IDisposable
{
    private const string EraseToEnd = "\e[K";

    private readonly TextWriter _error;
    private readonly BuildProgress _progress;
    private readonly Lock _drawing = new();
    private readonly Timer? _timer;
    private string _shown = "";
    private bool _live;

    private ProgressLine(TextWriter error, BuildProgress progress, TimeSpan? interval)
    {
        _error = error;
        _progress = progress;
        _live = interval is not null;
        if (interval is { } every)
        {
            _timer = new Timer(_ => Redraw(), null, every, every);
        }
    }

    /// <summary>Starts showing <paramref name="progress"/> on <paramref name="console"/>'s standard error when it can be shown there.</summary>
    public static ProgressLine Start(CliConsole console, BuildProgress progress, Verbosity verbosity)
    {
        var shown = console.Terminal.ShowsProgress && verbosity != Verbosity.Quiet;
        return new ProgressLine(console.Error, progress, shown ? console.Terminal.RedrawInterval : null);
    }

    /// <summary>The line for <paramref name="progress"/> as it is now; empty when no build runs.</summary>
    public static string Text(BuildProgress progress) => progress.Stage switch
    {
        BuildStage.Idle => "",
        BuildStage.Read => Counted("read", progress.Seeds),
        BuildStage.Render => Counted("render", progress.GeneratedFiles),
        var stage => stage.ToString().ToLowerInvariant(),
    };

    /// <summary>Draws the progress as it is now, if it changed since the last draw.</summary>
    public void Redraw()
    {
        lock (_drawing)
        {
            if (_live)
            {
                Show(Text(_progress));
            }
        }
    }

    /// <summary>Erases the line and runs <paramref name="print"/>, which writes other output; the line is not drawn meanwhile.</summary>
    public void Interrupt(Action print)
    {
        lock (_drawing)
        {
            Show("");
            print();
        }
    }

    /// <summary>Stops redrawing and erases the line.</summary>
    public void Dispose()
    {
        _timer?.Dispose();
        lock (_drawing)
        {
            Show("");
            _live = false; // a redraw already under way when the timer stopped finds the line closed
        }
    }

    private void Show(string text)
    {
        if (text == _shown)
        {
            return;
        }

        _error.Write(text.Length == 0 ? "\r" + EraseToEnd : "\r" + text + EraseToEnd);
        _error.Flush();
        _shown = text;
    }

    private static string Counted(string stage, ProgressCount count)
    {
        var (total, done, kept) = (count.Total, count.Done, count.Kept);
        if (total == 0)
        {
            return stage;
        }

        var line = string.Create(CultureInfo.InvariantCulture, $"{stage} {done:N0}/{total:N0}");
        return kept == 0 ? line : string.Create(CultureInfo.InvariantCulture, $"{line} ({kept:N0} unchanged)");
    }
}
