using System.Text.RegularExpressions;

namespace BriefGen.Cli.Checking;

/// <summary>
/// Where the site is served, and so which URLs of its pages are its own: relative and root-relative URLs, and absolute
/// ones on the base URL's scheme, host and path. Without a base URL the site is taken to be served at a host's root.
/// </summary>
internal sealed partial class SiteAddress
{
    // A stand-in host for a site without a base URL: .invalid can never be a real one.
    private static readonly Uri NoBaseUrl = new("https://briefgen.invalid/");

    private readonly Uri _base;

    public SiteAddress(string? baseUrl)
    {
        _base = baseUrl is not null && Uri.TryCreate(baseUrl.EndsWith('/') ? baseUrl : baseUrl + "/", UriKind.Absolute, out var given) ? given : NoBaseUrl;
    }

    /// <summary>The base URL's path, e.g. <c>/</c> or <c>/repo/</c>.</summary>
    public string Prefix => _base.AbsolutePath;

    /// <summary>Resolves <paramref name="url"/> as written in the page at <paramref name="pagePath"/> (relative to the site's root).</summary>
    public LinkTarget Resolve(string pagePath, string url)
    {
        var trimmed = url.Trim(' ', '\t', '\n', '\f', '\r');
        var scheme = Scheme().Match(trimmed);
        if (scheme.Success && !IsHttp(scheme.Groups[1].Value))
        {
            return new LinkTarget.External();
        }

        if (!Uri.TryCreate(PageUri(pagePath), trimmed, out var resolved))
        {
            return new LinkTarget.Malformed("it cannot be parsed");
        }

        if (resolved.Scheme != _base.Scheme || !string.Equals(resolved.Authority, _base.Authority, StringComparison.OrdinalIgnoreCase))
        {
            return new LinkTarget.External();
        }

        var path = resolved.AbsolutePath;
        if (!path.StartsWith(Prefix, StringComparison.Ordinal))
        {
            // An absolute URL elsewhere on the host is someone else's page; a relative one was meant for this site.
            var absolute = scheme.Success || trimmed.StartsWith("//", StringComparison.Ordinal);
            return absolute ? new LinkTarget.External() : new LinkTarget.OutsideBase(Uri.UnescapeDataString(path), Prefix);
        }

        var fragment = resolved.Fragment.Length > 1 ? Uri.UnescapeDataString(resolved.Fragment[1..]) : "";
        return new LinkTarget.Internal(Uri.UnescapeDataString(path[Prefix.Length..]), fragment);
    }

    private Uri PageUri(string pagePath) => new(_base, string.Join('/', pagePath.Split('/').Select(Uri.EscapeDataString)));

    private static bool IsHttp(string scheme) => scheme.Equals("http", StringComparison.OrdinalIgnoreCase) || scheme.Equals("https", StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex("^([A-Za-z][A-Za-z0-9+.-]*):")]
    private static partial Regex Scheme();
}
