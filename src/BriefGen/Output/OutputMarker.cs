using System.Text;
using BriefGen.FileSystem;

namespace BriefGen.Output;

/// <summary>
/// The file by which a folder is known to be a site BriefGen wrote: <c>.briefgen-site</c> at its root, written into
/// every staging tree before it is renamed into place, so whatever instant a build is killed at, the folder found at
/// the output path next time carries it (or is the previous site, which carries it too). It travels with the folder —
/// a copy, a restored CI cache, a deleted build state — and a folder of the user's never has it.
/// </summary>
internal static class OutputMarker
{
    /// <summary>The marker's name at the root of the output folder.</summary>
    public const string FileName = ".briefgen-site";

    private const string FirstLine = "This folder is a site written by BriefGen.";

    /// <summary>The marker's bytes: it says what it is, for whoever finds it.</summary>
    public static ReadOnlyMemory<byte> Content { get; } = Encoding.UTF8.GetBytes(
        FirstLine + "\n" +
        "Each build replaces the whole folder: put files the site should publish in the site's static/ folder.\n" +
        "BriefGen builds only into an empty folder or one holding this file.\n");

    /// <summary>Whether <paramref name="folder"/> holds the marker (a regular file, not a link, that starts as BriefGen writes it).</summary>
    public static bool IsIn(string folder)
    {
        var path = Path.Combine(folder, FileName);
        if (FileStamp.Of(path) is not { Length: > 0 and < 4096 })
        {
            return false;
        }

        try
        {
            return File.ReadAllText(path).StartsWith(FirstLine, StringComparison.Ordinal);
        }
        catch (Exception e) when (FileSystemFailure.IsFileSystemError(e))
        {
            return false;
        }
    }
}
