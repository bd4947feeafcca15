using Microsoft.Build.Framework;

namespace BriefGen.MSBuild;

/// <summary>
/// After <c>dotnet clean</c> has deleted the site's files, removes the folders that held them once they are empty,
/// deepest first, up to and including the output folder. A folder that still holds anything (the user's own files)
/// is kept, so clean never deletes more than BriefGen wrote. MSBuild's <c>RemoveDir</c> cannot do this: it deletes
/// whole trees.
/// </summary>
public sealed class RemoveEmptySiteFolders : Microsoft.Build.Utilities.Task
{
    /// <summary>The site's files as the manifest listed them (already deleted, or about to be).</summary>
    public ITaskItem[] Files { get; set; } = [];

    /// <summary>The output folder: the top-most folder that may be removed.</summary>
    [Required]
    public string OutputDir { get; set; } = "";

    /// <inheritdoc/>
    public override bool Execute()
    {
        var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(OutputDir));
        var folders = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in Files)
        {
            // Only folders between a listed file and the output folder: a manifest line outside it is ignored.
            for (var dir = Path.GetDirectoryName(file.GetMetadata("FullPath"));
                 dir is not null && IsInside(dir, root);
                 dir = Path.GetDirectoryName(dir))
            {
                folders.Add(dir);
            }
        }

        foreach (var dir in folders.OrderByDescending(d => d.Length))
        {
            try
            {
                if (Directory.Exists(dir) && !Directory.EnumerateFileSystemEntries(dir).Any())
                {
                    Directory.Delete(dir);
                    Log.LogMessage(MessageImportance.Low, "Removed empty folder {0}", dir);
                }
            }
            catch (IOException ex)
            {
                // Clean is best effort for folders: a folder in use stays, the files are already gone.
                Log.LogMessage(MessageImportance.Low, "Kept folder {0}: {1}", dir, ex.Message);
            }
            catch (UnauthorizedAccessException ex)
            {
                Log.LogMessage(MessageImportance.Low, "Kept folder {0}: {1}", dir, ex.Message);
            }
        }

        return !Log.HasLoggedErrors;
    }

    private static bool IsInside(string dir, string root)
    {
        var comparison = OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        return dir.Equals(root, comparison)
            || dir.StartsWith(root + Path.DirectorySeparatorChar, comparison);
    }
}
