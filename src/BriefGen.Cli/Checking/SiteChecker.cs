using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using BriefGen.Diagnostics;

namespace BriefGen.Cli.Checking;

/// <summary>
/// Checks a written site: every internal link, anchor, stylesheet, image and script reference of every page must lead
/// to a file of the site (and an anchor to an element of its page). External URLs are not fetched.
/// </summary>
/// <param name="address">Where the site is served, which decides which URLs are its own.</param>
/// <param name="origins">Names where a broken URL was written.</param>
/// <param name="display">The prefix diagnostics name the site's folder by (empty, or e.g. <c>_site/</c>).</param>
internal sealed class SiteChecker(SiteAddress address, LinkOrigins origins, string display)
{
    /// <summary>Pages checked at most.</summary>
    public const int MaxPages = 200_000;

    /// <summary>Bytes of one page read at most; a larger page is not checked (though links to it are).</summary>
    public const long MaxPageBytes = 16 * 1024 * 1024;

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    /// <summary>Reads and checks every page of the site in <paramref name="folder"/>.</summary>
    public CheckReport Check(string folder)
    {
        var files = SiteFiles.List(folder);
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        if (files.Truncated)
        {
            diagnostics.Add(new Diagnostic(Descriptors.NotChecked, display.TrimEnd('/'), 0, 0, Invariant($"the folder holds more than {SiteFiles.MaxFiles:N0} files; links to the others are reported as broken")));
        }

        var pages = files.Pages.ToList();
        if (pages.Count > MaxPages)
        {
            diagnostics.Add(new Diagnostic(Descriptors.NotChecked, display.TrimEnd('/'), 0, 0, Invariant($"the site has {pages.Count:N0} pages; only the first {MaxPages:N0} are checked")));
            pages = pages[..MaxPages];
        }

        // Parsing is the work; it runs in parallel, and the scans are then checked in page order, so the result is the same every time.
        var scans = pages.AsParallel().AsOrdered().Select(page => (Page: page, Scan: Scan(files.Root, page))).ToList();
        var byPage = scans.Where(s => s.Scan is not null).ToDictionary(s => s.Page, s => s.Scan!, StringComparer.Ordinal);
        var links = 0;
        foreach (var (page, scan) in scans)
        {
            if (scan is null)
            {
                diagnostics.Add(new Diagnostic(Descriptors.NotChecked, display + page, 0, 0, Invariant($"the page is larger than {MaxPageBytes / (1024 * 1024)} MiB")));
                continue;
            }

            if (scan.LinksDropped)
            {
                diagnostics.Add(new Diagnostic(Descriptors.NotChecked, display + page, 0, 0, Invariant($"the page has more than {PageScan.MaxLinks:N0} URLs; only the first are checked")));
            }

            links += scan.Links.Count;
            foreach (var link in scan.Links)
            {
                if (Problem(page, link, files, byPage) is { } problem)
                {
                    diagnostics.Add(problem);
                }
            }
        }

        return new CheckReport(byPage.Count, links, diagnostics.ToImmutable());
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static PageScan? Scan(string root, string page)
    {
        var path = Path.Combine(root, page);
        return new FileInfo(path).Length > MaxPageBytes ? null : PageScan.Of(Utf8.GetString(File.ReadAllBytes(path)));
    }

    private Diagnostic? Problem(string page, PageLink link, SiteFiles files, IReadOnlyDictionary<string, PageScan> scans) => address.Resolve(page, link.Url) switch
    {
        LinkTarget.Malformed => Located(Descriptors.MalformedUrl, page, link, link.Url),
        LinkTarget.OutsideBase outside => Broken(page, link, $"'{outside.Path}' is outside the base URL's path '{outside.Prefix}'"),
        LinkTarget.Internal target => files.Find(target.SitePath) is { } file
            ? MissingAnchor(page, link, file, target.Fragment, scans)
            : Broken(page, link, $"the site has no file '{SiteFiles.Expected(target.SitePath)}'"),
        _ => null,
    };

    /// <summary>
    /// BG6002 when a fragment names nothing on its page, as a browser looks: an element with that id (or <c>&lt;a name&gt;</c>);
    /// none or <c>top</c> is the top of the page; a text fragment (<c>:~:</c>) and a file that is no page are not checked.
    /// </summary>
    private Diagnostic? MissingAnchor(string page, PageLink link, string file, string fragment, IReadOnlyDictionary<string, PageScan> scans)
    {
        var missing = fragment.Length > 0
            && !fragment.Equals("top", StringComparison.OrdinalIgnoreCase)
            && !fragment.StartsWith(":~:", StringComparison.Ordinal)
            && scans.TryGetValue(file, out var target) && !target.Anchors.Contains(fragment);
        return missing
            ? Located(Descriptors.MissingAnchor, page, link, link.Url, file == page ? "the page" : display + file, fragment)
            : null;
    }

    private Diagnostic Broken(string page, PageLink link, string reason) => link.Kind.ResourceWord is { } word
        ? Located(Descriptors.BrokenResource, page, link, word, link.Url, reason)
        : Located(Descriptors.BrokenLink, page, link, link.Url, reason);

    /// <summary>
    /// A diagnostic at the user's own file when the URL was found in it (the seed or template line a pull request
    /// changes, so an annotation lands on its diff), naming the page; else at the page's element, naming its seed if known.
    /// </summary>
    private Diagnostic Located(DiagnosticDescriptor descriptor, string page, PageLink link, params object[] arguments)
    {
        var where = Invariant($" on page {display}{page}") + (link.Line > 0 ? Invariant($" (line {link.Line})") : "");
        return origins.Find(page, link.Url) switch
        {
            { Line: > 0 } origin => new Diagnostic(descriptor, origin.File, origin.Line, origin.Column, [.. arguments, where]),
            { } seed => new Diagnostic(descriptor, display + page, link.Line, link.Column, [.. arguments, $" (the page of seed {seed.File})"]),
            null => new Diagnostic(descriptor, display + page, link.Line, link.Column, [.. arguments, ""]),
        };
    }
}
