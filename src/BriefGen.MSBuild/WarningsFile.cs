using System.Text.Json;

namespace BriefGen.MSBuild;

/// <summary>
/// The warnings a generation logged, kept in <c>obj/</c> beside the manifest, so that a build that skips generation as up
/// to date logs them again: a second build must not hide them, nor pass where the first failed on them.
/// </summary>
internal static class WarningsFile
{
    /// <summary>Writes the warnings (replacing the file), creating its folder.</summary>
    public static void Write(string path, IEnumerable<LoggedWarning> warnings)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        File.WriteAllText(path, JsonSerializer.Serialize(warnings.ToArray()));
    }

    /// <summary>The warnings in the file; none when it does not exist.</summary>
    public static IReadOnlyList<LoggedWarning> Read(string path)
        => File.Exists(path) ? JsonSerializer.Deserialize<LoggedWarning[]>(File.ReadAllText(path)) ?? [] : [];
}
