using System.Text.RegularExpressions;
using BriefGen.FileSystem;

namespace BriefGen.Output;

/// <summary>
/// What a build does first, holding the build lock: finish the work of a build that was killed. A commit killed
/// between its renames can leave the output folder missing with the previous site parked beside it — that site is
/// put back; staging trees, parked sites and pending folders left by interrupted builds are removed. Only BriefGen's
/// own debris is touched: folders named after the output folder or the mirror with BriefGen's infix and a 12-digit
/// hexadecimal suffix, never followed through a symbolic link.
/// </summary>
internal static class OutputRecovery
{
    /// <summary>The infix of a staging tree beside the output folder: <c>&lt;name&gt;.staging-&lt;12 hex&gt;</c>.</summary>
    public const string StagingInfix = ".staging-";

    /// <summary>The infix of a previous site parked beside the output folder during a commit.</summary>
    public const string ParkedInfix = ".old-";

    /// <summary>The infix of the folder of new files beside the mirror.</summary>
    public const string PendingInfix = ".pending-";

    /// <summary>A fresh 12-digit suffix for one of these names.</summary>
    public static string NewSuffix() => Guid.NewGuid().ToString("N")[..12];

    /// <summary>
    /// Restores <paramref name="output"/> if a killed commit left it missing, then removes the debris beside it and
    /// beside <paramref name="mirrorDir"/>. Returns the debris that could not be removed (a warning, not an error).
    /// </summary>
    public static IReadOnlyList<FileSystemFailure> Run(string output, string? mirrorDir)
    {
        var parked = Debris(output, ParkedInfix, FolderSwap.AsideInfix).ToList();
        if (!Directory.Exists(output) && !File.Exists(output) && parked.FirstOrDefault(OutputMarker.IsIn) is { } previous)
        {
            FileSystemFailure.Guard(output, () => Directory.Move(previous, output));
        }

        var failures = new List<FileSystemFailure>();
        var debris = Debris(output, StagingInfix, ParkedInfix, FolderSwap.AsideInfix);
        if (mirrorDir is not null)
        {
            debris = debris.Concat(Debris(mirrorDir, PendingInfix));
        }

        foreach (var dir in debris.ToList())
        {
            try
            {
                TreeRemover.Delete(dir);
            }
            catch (Exception e) when (FileSystemFailure.IsFileSystemError(e))
            {
                failures.Add(FileSystemFailure.From(e, dir));
            }
        }

        return failures;
    }

    /// <summary>The real folders (not links) beside <paramref name="path"/> named after it with one of <paramref name="infixes"/> and a suffix.</summary>
    private static IEnumerable<string> Debris(string path, params string[] infixes)
    {
        var parent = Path.GetDirectoryName(path);
        if (parent is null || !Directory.Exists(parent))
        {
            return [];
        }

        var name = Path.GetFileName(path);
        var pattern = new Regex("^" + Regex.Escape(name) + "(" + string.Join('|', infixes.Select(Regex.Escape)) + ")[0-9a-f]{12}$", RegexOptions.CultureInvariant);
        return new DirectoryInfo(parent).EnumerateDirectories(name + ".*")
            .Where(d => !d.IsLink() && pattern.IsMatch(d.Name))
            .OrderByDescending(d => d.LastWriteTimeUtc)
            .Select(d => d.FullName);
    }
}
