using BriefGen.FileSystem;
namespace BriefGen.Output;

/// <summary>
/// A second copy of the output folder made of hard links to the same files, kept beside the build state. An
/// incremental build writes its few changed files into the mirror, exchanges mirror and output folder in one
/// rename, then brings the former output folder (the new mirror) up to date with the same few changes: the work is
/// proportional to what changed, unchanged files keep their inode and time, and the site is still replaced whole
/// and atomically. The mirror is trusted only while its ready marker exists: the marker is removed before the
/// mirror is touched and written back once it equals the output folder again, so a build that stops half-way
/// leaves an untrusted mirror and the next build stages a full tree instead.
/// </summary>
/// <param name="Dir">The mirror folder (on the output folder's file system, or renames fail and it is not used).</param>
/// <param name="PreviousFiles">Every file of the output folder, as the build state recorded it; null when the mirror is not trusted.</param>
internal sealed record SiteMirror(string Dir, IReadOnlyList<string>? PreviousFiles)
{
    private string ReadyFile => Dir + ".ready";

    /// <summary>Whether the mirror equals the output folder file for file, so a build may write into it.</summary>
    public bool IsReady => PreviousFiles is not null && File.Exists(ReadyFile) && Directory.Exists(Dir);

    /// <summary>The mirror for the state file <paramref name="stateFile"/>, trusted when the marker is there and the state listed the files.</summary>
    public static SiteMirror For(string stateFile, IReadOnlyList<string>? previousFiles)
        => new(Path.ChangeExtension(stateFile, ".mirror"), previousFiles);

    /// <summary>The mirror is about to change: it is not trusted until <see cref="MarkReady"/>.</summary>
    public void Invalidate()
    {
        if (File.Exists(ReadyFile))
        {
            File.Delete(ReadyFile);
        }
    }

    /// <summary>The mirror equals the output folder again.</summary>
    public void MarkReady() => File.WriteAllBytes(ReadyFile, []);

    /// <summary>Removes an untrusted mirror, so its folder name is free.</summary>
    public void Discard()
    {
        Invalidate();
        if (Directory.Exists(Dir))
        {
            TreeRemover.Delete(Dir);
        }
    }

    /// <summary>Removes <paramref name="paths"/> from the tree at <paramref name="root"/>, and the folders they leave empty.</summary>
    public static void RemoveFiles(string root, IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            var full = Path.Combine(root, path);
            File.Delete(full);
            for (var dir = Path.GetDirectoryName(full); dir is not null && dir.Length > root.Length && IsEmpty(dir); dir = Path.GetDirectoryName(dir))
            {
                Directory.Delete(dir);
            }
        }
    }

    /// <summary>
    /// Makes the tree at <paramref name="root"/> (the previous output folder) equal the output folder
    /// <paramref name="output"/> whose files are <paramref name="files"/>: files the build did not keep are removed
    /// (anything not listed, symbolic links included), the ones it wrote anew are linked in from the output folder.
    /// </summary>
    public static void Adopt(string root, string output, IReadOnlySet<string> files, IEnumerable<string> written)
    {
        Prune(root, root, files, 0);
        LinkFrom(output, root, written);
    }

    /// <summary>Replaces <paramref name="paths"/> in <paramref name="target"/> with hard links to the files of <paramref name="source"/>.</summary>
    public static void LinkFrom(string source, string target, IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            var to = Path.Combine(target, path);
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            var temp = to + ".briefgen-link";
            File.Delete(temp);
            if (!HardLink.TryCreate(Path.Combine(source, path), temp))
            {
                throw new IOException($"cannot link '{path}' into the mirror");
            }

            File.Move(temp, to, overwrite: true); // replaces the name only: the file it pointed to is the output's, untouched
        }
    }

    private static void Prune(string root, string dir, IReadOnlySet<string> keep, int depth)
    {
        if (depth > OutputPath.MaxLength / 2)
        {
            Directory.Delete(dir, recursive: true); // deeper than any generated file: nothing in it is kept
            return;
        }

        foreach (var entry in new DirectoryInfo(dir).EnumerateFileSystemInfos())
        {
            var relative = Path.GetRelativePath(root, entry.FullName).Replace('\\', '/');
            if (entry is DirectoryInfo sub && !sub.IsLink())
            {
                Prune(root, sub.FullName, keep, depth + 1);
                if (!sub.Exists)
                {
                    continue;
                }

                if (IsEmpty(sub.FullName))
                {
                    sub.Delete();
                }
            }
            else if (entry.IsLink() || !keep.Contains(relative))
            {
                entry.Delete(); // a symbolic link is removed itself, never followed
            }
        }
    }

    private static bool IsEmpty(string dir) => !Directory.EnumerateFileSystemEntries(dir).Any();
}
