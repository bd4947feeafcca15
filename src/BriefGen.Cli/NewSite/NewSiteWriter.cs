using System.Text;
using BriefGen.Cli.Writing;
using BriefGen.Diagnostics;

namespace BriefGen.Cli.NewSite;

/// <summary>
/// Writes a new site into a folder. The folder must be empty unless <c>force</c> is set; either way nothing that is
/// already there is replaced or deleted, and nothing is written through a symbolic link inside the folder (it could
/// lead anywhere). Each file is created with <see cref="FileMode.CreateNew"/>, so even a file that appears while the
/// site is being written is kept.
/// </summary>
internal sealed class NewSiteWriter(string siteDir, bool force)
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    private readonly string _root = Path.GetFullPath(siteDir);

    /// <summary>Writes <paramref name="files"/>; stops at the first file that cannot be written.</summary>
    public NewSiteOutcome Write(IReadOnlyList<SiteFile> files)
    {
        if (File.Exists(_root))
        {
            return NewSiteOutcome.Failed(new Diagnostic(Descriptors.NewSiteWriteFailed, siteDir, 0, 0, "this is a file, not a folder"));
        }

        if (!force && Directory.Exists(_root) && Directory.EnumerateFileSystemEntries(_root).Any())
        {
            return NewSiteOutcome.Failed(new Diagnostic(Descriptors.NewSiteFolderNotEmpty, siteDir, 0, 0));
        }

        var written = new List<SiteFile>();
        var diagnostics = new List<Diagnostic>();
        foreach (var file in files)
        {
            string? obstacle;
            try
            {
                obstacle = ObstacleTo(file.RelativePath) ?? Create(file);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                diagnostics.Add(new Diagnostic(Descriptors.NewSiteWriteFailed, DisplayPath(file.RelativePath), 0, 0, FileErrors.Words(e)));
                return new NewSiteOutcome(written, diagnostics);
            }

            if (obstacle is null)
            {
                written.Add(file);
            }
            else
            {
                diagnostics.Add(new Diagnostic(Descriptors.NewSiteFileKept, DisplayPath(file.RelativePath), 0, 0, obstacle));
            }
        }

        return new NewSiteOutcome(written, diagnostics);
    }

    /// <summary>Why the file cannot be written without touching what is there, or null when nothing is in its way.</summary>
    private string? ObstacleTo(string relativePath)
    {
        if (LinkFreePath.FirstLink(_root, relativePath) is { } link)
        {
            return link == relativePath ? AlreadyThere : $"'{link}' is a symbolic link, and briefgen new writes nothing through one";
        }

        var parts = relativePath.Split('/');
        for (var i = 1; i < parts.Length; i++)
        {
            var folder = string.Join('/', parts[..i]);
            if (File.Exists(Path.Combine([_root, .. parts[..i]])))
            {
                return $"the file '{folder}' is where a folder would go";
            }
        }

        var path = Path.Combine([_root, .. parts]);
        return File.Exists(path) || Directory.Exists(path) ? AlreadyThere : null;
    }

    private const string AlreadyThere = "it already exists, and briefgen new never replaces a file";

    /// <summary>Creates the file; returns <see cref="AlreadyThere"/> if it appeared since it was looked for.</summary>
    private string? Create(SiteFile file)
    {
        var path = Path.Combine([_root, .. file.RelativePath.Split('/')]);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        FileStream stream;
        try
        {
            stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
        }
        catch (IOException) when (Path.Exists(path))
        {
            return AlreadyThere;
        }

        using (stream)
        {
            stream.Write(Utf8NoBom.GetBytes(file.Text));
        }

        return null;
    }

    private string DisplayPath(string relativePath) => Path.Combine(siteDir, relativePath).Replace('\\', '/');
}
