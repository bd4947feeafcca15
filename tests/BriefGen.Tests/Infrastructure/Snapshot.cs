using System.Runtime.CompilerServices;
using System.Text;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;

namespace BriefGen.Tests.Infrastructure;

/// <summary>
/// Verify-style snapshots: the expected text lives in <c>*.verified.*</c> files beside the test (committed); a
/// mismatch writes <c>*.received.*</c> (git-ignored) and fails with a line diff. Set
/// <c>BRIEFGEN_ACCEPT_SNAPSHOTS=1</c> to accept: received output is written as the new verified file.
/// </summary>
internal static class Snapshot
{
    private static bool Accept => Environment.GetEnvironmentVariable("BRIEFGEN_ACCEPT_SNAPSHOTS") == "1";

    /// <summary>Compares <paramref name="actual"/> with <c>&lt;folder&gt;/&lt;name&gt;.verified.&lt;ext&gt;</c> beside the calling test file.</summary>
    public static void Verify(string folder, string name, string extension, string actual, [CallerFilePath] string callerFile = "")
    {
        var dir = Path.Combine(Path.GetDirectoryName(SourcePath(callerFile))!, folder);
        var verified = Path.Combine(dir, $"{name}.verified.{extension}");
        var received = Path.Combine(dir, $"{name}.received.{extension}");
        var expected = File.Exists(verified) ? File.ReadAllText(verified) : null;
        if (expected == actual)
        {
            File.Delete(received);
            return;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(verified)!);
        if (Accept)
        {
            File.WriteAllText(verified, actual, new UTF8Encoding(false));
            File.Delete(received);
            return;
        }

        File.WriteAllText(received, actual, new UTF8Encoding(false));
        Assert.Fail($"snapshot {name}.{extension} differs (received file written; BRIEFGEN_ACCEPT_SNAPSHOTS=1 accepts):\n" + Diff(expected ?? "", actual));
    }

    /// <summary>
    /// The caller's source file on disk. CI builds (<c>ContinuousIntegrationBuild</c>) map source paths to <c>/_/</c>
    /// for deterministic binaries, so a mapped path is resolved against the repository root.
    /// </summary>
    private static string SourcePath(string callerFile)
    {
        const string mapped = "/_/";
        return callerFile.StartsWith(mapped, StringComparison.Ordinal)
            ? Path.Combine(RepoPaths.Root, callerFile[mapped.Length..])
            : callerFile;
    }

    private static string Diff(string expected, string actual)
    {
        var sb = new StringBuilder();
        var shown = 0;
        foreach (var line in InlineDiffBuilder.Diff(expected, actual).Lines)
        {
            if (line.Type == ChangeType.Unchanged || shown++ > 60)
            {
                continue;
            }

            sb.Append(line.Type == ChangeType.Inserted ? "+ " : "- ").AppendLine(line.Text);
        }

        return sb.ToString();
    }
}
