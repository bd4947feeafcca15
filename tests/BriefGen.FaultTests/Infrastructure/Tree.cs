using System.Security.Cryptography;

namespace BriefGen.FaultTests.Infrastructure;

/// <summary>
/// A folder's content at one moment: relative path → <c>dir</c>, <c>file SHA-256</c> or <c>link → target</c>
/// (links are recorded, never followed, except the root itself). Optionally each entry's inode, so a test can tell
/// a file rewritten with the same bytes from a file left alone.
/// </summary>
internal sealed class Tree
{
    private readonly SortedDictionary<string, string> _entries;

    private Tree(bool exists, SortedDictionary<string, string> entries)
    {
        Exists = exists;
        _entries = entries;
    }

    /// <summary>False when the folder did not exist.</summary>
    public bool Exists { get; }

    public IReadOnlyDictionary<string, string> Entries => _entries;

    /// <summary>Hashes every file under <paramref name="root"/>; with <paramref name="inodes"/>, adds each entry's inode.</summary>
    public static Tree Of(string root, bool inodes = false)
    {
        if (!Directory.Exists(root))
        {
            var missing = new SortedDictionary<string, string>(StringComparer.Ordinal);
            var exists = File.Exists(root) || new FileInfo(root).LinkTarget is not null;
            if (exists)
            {
                missing["."] = "not a folder";
            }

            return new Tree(exists, missing);
        }

        var entries = new SortedDictionary<string, string>(StringComparer.Ordinal);
        Walk(new DirectoryInfo(root), "", entries);
        if (inodes)
        {
            foreach (var (path, inode) in Inodes.Under(root))
            {
                entries[path] = entries.GetValueOrDefault(path, "") + " inode " + inode;
            }
        }

        return new Tree(true, entries);
    }

    /// <summary>A short, stable fingerprint of the whole tree (to cache clean builds by their input).</summary>
    public string Fingerprint()
        => Convert.ToHexString(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(string.Join("\n", _entries.Select(e => e.Key + "\t" + e.Value)))));

    /// <summary>Up to <paramref name="max"/> differences from <paramref name="other"/>, one per line; empty when equal.</summary>
    public string DiffFrom(Tree other, int max = 12)
    {
        if (Exists != other.Exists)
        {
            return Exists ? "the folder exists, expected missing" : "the folder is missing";
        }

        var lines = _entries.Keys.Union(other._entries.Keys).Order(StringComparer.Ordinal)
            .Where(k => _entries.GetValueOrDefault(k) != other._entries.GetValueOrDefault(k))
            .Select(k => $"{k}: {other._entries.GetValueOrDefault(k) ?? "(none)"} → {_entries.GetValueOrDefault(k) ?? "(none)"}")
            .ToList();
        return string.Join("\n", lines.Take(max)) + (lines.Count > max ? $"\n… {lines.Count - max} more" : "");
    }

    public bool SameAs(Tree other) => DiffFrom(other).Length == 0;

    private static void Walk(DirectoryInfo dir, string prefix, SortedDictionary<string, string> entries)
    {
        foreach (var entry in dir.EnumerateFileSystemInfos())
        {
            var path = prefix + entry.Name;
            if (entry.LinkTarget is { } target)
            {
                entries[path] = "link → " + target;
            }
            else if (entry is DirectoryInfo sub)
            {
                entries[path + "/"] = "dir";
                Walk(sub, path + "/", entries);
            }
            else
            {
                entries[path] = "file " + Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(entry.FullName)));
            }
        }
    }

    /// <summary>Inodes through <c>find -printf</c> (.NET does not expose them).</summary>
    private static class Inodes
    {
        public static IEnumerable<(string Path, string Inode)> Under(string root)
        {
            var result = ProcessRunner.Run(["find", root, "-mindepth", "1", "-printf", "%P\t%y\t%i\n"], root);
            foreach (var line in result.Lines)
            {
                var parts = line.Split('\t');
                yield return (parts[1] == "d" ? parts[0] + "/" : parts[0], parts[2]);
            }
        }
    }
}
