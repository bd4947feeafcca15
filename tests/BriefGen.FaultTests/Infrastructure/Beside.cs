namespace BriefGen.FaultTests.Infrastructure;

/// <summary>What lies beside an output folder: after any build, only the folder itself and <c>.briefgen-state/</c>.</summary>
internal static class Beside
{
    /// <summary>The state folder's name, the one thing a build may leave beside its output folder.</summary>
    public const string StateFolder = ".briefgen-state";

    /// <summary>Names in the output folder's parent other than the folder, the state folder and <paramref name="expected"/>.</summary>
    public static IReadOnlyList<string> Leftovers(string outDir, params string[] expected)
    {
        var parent = Path.GetDirectoryName(Path.GetFullPath(outDir))!;
        string[] allowed = [Path.GetFileName(Path.GetFullPath(outDir)), StateFolder, .. expected];
        return Directory.EnumerateFileSystemEntries(parent).Select(Path.GetFileName).OfType<string>()
            .Where(n => !allowed.Contains(n, StringComparer.Ordinal)).Order(StringComparer.Ordinal).ToList();
    }
}
