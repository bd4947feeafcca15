namespace BriefGen.Cli.Writing;

/// <summary>
/// The rule both commands that write into a user's folder (<c>new</c>, <c>templates export</c>) follow: nothing is
/// written through a symbolic link, neither at the file nor at any folder between the root and the file, so a link
/// planted in a site can never redirect a write outside it.
/// </summary>
internal static class LinkFreePath
{
    /// <summary>
    /// The first part of <paramref name="relativePath"/> (a '/'-separated path under <paramref name="root"/>, the file
    /// included) that is a symbolic link, as a '/'-separated path under the root; null when there is none.
    /// </summary>
    public static string? FirstLink(string root, string relativePath)
    {
        var parts = relativePath.Split('/');
        var path = root;
        for (var i = 0; i < parts.Length; i++)
        {
            path = Path.Combine(path, parts[i]);
            if (new FileInfo(path).LinkTarget is not null)
            {
                return string.Join('/', parts[..(i + 1)]);
            }
        }

        return null;
    }
}
