using System.Security.Cryptography;

namespace BriefGen.Tests.Infrastructure;

/// <summary>A folder tree as one comparable text: every entry's relative path with its kind and, for files, a hash of the bytes.</summary>
internal static class TreeHash
{
    public static string Of(string root)
    {
        var lines = new List<string>();
        foreach (var entry in new DirectoryInfo(root).EnumerateFileSystemInfos("*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 }))
        {
            var relative = Path.GetRelativePath(root, entry.FullName).Replace('\\', '/');
            lines.Add(entry.LinkTarget is { } target ? $"{relative} -> {target}"
                : entry is FileInfo file ? $"{relative} {Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(file.FullName)))}"
                : relative + "/");
        }

        lines.Sort(StringComparer.Ordinal);
        return string.Join("\n", lines);
    }
}
