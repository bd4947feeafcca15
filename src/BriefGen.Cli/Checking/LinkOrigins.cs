namespace BriefGen.Cli.Checking;

/// <summary>The seed or template a URL was written in, relative to the site folder, and where (1-based; 0 when not found in it).</summary>
internal sealed record LinkOrigin(string File, int Line, int Column);

/// <summary>
/// Where a URL of a page was written, when it can be found: in the seed of a brief's page (a link in its Markdown is
/// the seed's fault), else in one of the site's own templates. Found by the URL's text, so a template that builds a
/// URL from variables is named by the part it writes literally (after <c>{{ page.root }}</c>).
/// </summary>
/// <param name="siteDir">The site folder, full path; seeds and templates are named relative to it.</param>
/// <param name="briefPages">Each brief's page and its seed (<see cref="BuildResult.BriefPages"/>).</param>
/// <param name="templatesDir">The site's template folder, full path; null or missing: none searched.</param>
internal sealed class LinkOrigins(string siteDir, IReadOnlyDictionary<string, string> briefPages, string? templatesDir)
{
    /// <summary>Bytes read of one seed or template; a larger one is not searched.</summary>
    private const long MaxSourceBytes = 4 * 1024 * 1024;

    /// <summary>Templates searched at most.</summary>
    private const int MaxTemplates = 1_000;

    private readonly Dictionary<string, string?> _texts = new(StringComparer.Ordinal);
    private readonly Lazy<IReadOnlyList<string>> _templates = new(() => ListTemplates(siteDir, templatesDir));

    /// <summary>
    /// Where <paramref name="url"/> of <paramref name="page"/> was written: the seed of a brief's page or a template,
    /// at the URL's line and column; for a brief's page whose URL was found nowhere, its seed without a position;
    /// else nothing.
    /// </summary>
    public LinkOrigin? Find(string page, string url)
    {
        var seed = briefPages.GetValueOrDefault(page);
        return (seed is null ? null : Locate(seed, url))
            ?? _templates.Value.Select(t => Locate(t, url)).FirstOrDefault(found => found is not null)
            ?? (AfterRoot(url) is { } rest ? _templates.Value.Select(t => Locate(t, rest)).FirstOrDefault(found => found is not null) : null)
            ?? (seed is null ? null : new LinkOrigin(seed, 0, 0));
    }

    private LinkOrigin? Locate(string file, string text)
    {
        if (!_texts.TryGetValue(file, out var content))
        {
            content = Read(Path.GetFullPath(file, siteDir));
            _texts[file] = content;
        }

        var index = content?.IndexOf(text, StringComparison.Ordinal) ?? -1;
        if (index < 0)
        {
            return null;
        }

        var lineStart = index == 0 ? 0 : content!.LastIndexOf('\n', index - 1) + 1;
        return new LinkOrigin(file, content!.AsSpan(0, index).Count('\n') + 1, index - lineStart + 1);
    }

    /// <summary>A relative URL without its leading <c>./</c> and <c>../</c>: what a template writes after <c>{{ page.root }}</c>.</summary>
    private static string? AfterRoot(string url)
    {
        var rest = url;
        while (rest.StartsWith("./", StringComparison.Ordinal) || rest.StartsWith("../", StringComparison.Ordinal))
        {
            rest = rest[(rest.IndexOf('/') + 1)..];
        }

        return rest.Length > 0 && rest != url ? rest : null;
    }

    private static string? Read(string path)
    {
        try
        {
            var info = new FileInfo(path);
            return info.Exists && info.Length <= MaxSourceBytes ? File.ReadAllText(path) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null; // the origin is a courtesy: an unreadable file names none
        }
    }

    private static IReadOnlyList<string> ListTemplates(string siteDir, string? templatesDir)
    {
        if (templatesDir is null || !Directory.Exists(templatesDir))
        {
            return [];
        }

        var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true };
        return [.. Directory.EnumerateFiles(templatesDir, "*.sbn-*", options)
            .Take(MaxTemplates)
            .Select(t => Path.GetRelativePath(siteDir, t).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)];
    }
}
