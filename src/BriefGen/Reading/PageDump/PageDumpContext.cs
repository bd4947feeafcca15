using BriefGen.Diagnostics;

namespace BriefGen.Reading.PageDump;

/// <summary>One read in progress: the lines, the chrome list in force, the diagnostics and the draft brief.</summary>
internal sealed class PageDumpContext(SourceText source, List<PageLine> lines, IReadOnlySet<string> chrome, DiagnosticBag bag)
{
    private readonly int _chromeMax = chrome.Count == 0 ? 0 : chrome.Max(c => c.Length);

    public SourceText Source { get; } = source;

    public List<PageLine> Lines { get; } = lines;

    public DiagnosticBag Bag { get; } = bag;

    public BriefDraft Draft { get; } = new();

    /// <summary>The index of the title line (-1 until found).</summary>
    public int TitleIndex { get; set; } = -1;

    /// <summary>The index of the date line (-1 while unknown or when there is none).</summary>
    public int DateIndex { get; set; } = -1;

    public int Count => Lines.Count;

    public string this[int index] => Lines[index].Text;

    /// <summary>True for a line of the chrome list or a repeat of the title: never content, wherever it stands.</summary>
    public bool IsChrome(int index)
    {
        var text = Lines[index].Text;
        return (text.Length <= _chromeMax && chrome.Contains(text)) || (index != TitleIndex && TitleIndex >= 0 && text == Draft.Title);
    }

    /// <summary>True for a line that layout rules look through: blank lines do not count here, chrome does.</summary>
    public bool IsTransparent(int index) => !Lines[index].IsBlank && IsChrome(index);

    /// <summary>True when the non-blank line at <paramref name="index"/> has no content line above or below it in its block.</summary>
    public bool StandsAlone(int index)
    {
        var up = index - 1;
        while (up >= 0 && IsTransparent(up))
        {
            up--;
        }

        var down = index + 1;
        while (down < Count && IsTransparent(down))
        {
            down++;
        }

        return (up < 0 || Lines[up].IsBlank) && (down >= Count || Lines[down].IsBlank);
    }

    public void Report(DiagnosticDescriptor descriptor, int index, params object?[] args)
    {
        var line = index < Count ? Lines[index] : new PageLine(Source.LineCount, 1, string.Empty);
        Bag.Report(descriptor, Source.Path, line.Number, line.Column, args);
    }

    /// <summary>A line shortened for a message.</summary>
    public static string Excerpt(string text) => text.Length <= 80 ? text : text[..77] + "...";
}
