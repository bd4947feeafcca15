namespace BriefGen.Cli.Checking;

/// <summary>Where a URL of a page leads, as far as the checker is concerned.</summary>
internal abstract record LinkTarget
{
    /// <summary>Outside the site (another host, another scheme such as <c>mailto:</c>): not checked.</summary>
    public sealed record External : LinkTarget;

    /// <summary>Not a URL a browser could follow.</summary>
    /// <param name="Reason">Why, for the message.</param>
    public sealed record Malformed(string Reason) : LinkTarget;

    /// <summary>A path on the site's host but outside the base URL's path, e.g. <c>/x</c> for a site under <c>/repo/</c>.</summary>
    /// <param name="Path">The path it leads to.</param>
    /// <param name="Prefix">The base URL's path.</param>
    public sealed record OutsideBase(string Path, string Prefix) : LinkTarget;

    /// <summary>A path of the site.</summary>
    /// <param name="SitePath">Decoded and relative to the site's root, e.g. <c>briefs/x/</c> (empty for the home page).</param>
    /// <param name="Fragment">Decoded, without <c>#</c>; empty when there is none.</param>
    public sealed record Internal(string SitePath, string Fragment) : LinkTarget;
}
