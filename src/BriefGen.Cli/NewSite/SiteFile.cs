namespace BriefGen.Cli.NewSite;

/// <summary>One file of a new site: its path relative to the site folder (with <c>/</c>) and its text.</summary>
internal sealed record SiteFile(string RelativePath, string Text);
