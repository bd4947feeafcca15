using BriefGen.FaultTests.Infrastructure;

namespace BriefGen.FaultTests.State;

/// <summary>
/// A damaged build state is never trusted: one bit flipped at many positions of the state file and of the journal,
/// or either file truncated, and a rebuild after a seed edit still equals a clean build (warning BG4005 allowed).
/// </summary>
public sealed class StateDamageTests
{
    private const int Flips = 12;

    /// <summary>The state file's extension in <c>.briefgen-state/</c>: the state, or the journal of changes since.</summary>
    public static TheoryData<string> Files => [".state", ".journal"];

    [Theory]
    [MemberData(nameof(Files))]
    public void A_flipped_bit_anywhere_is_noticed(string extension)
        => Damage(extension, (bytes, i) =>
        {
            var position = (int)((long)bytes.Length * i / Flips);
            bytes[position] ^= (byte)(1 << (i % 8));
            return (bytes, $"bit {i % 8} of byte {position}");
        }, Flips);

    [Theory]
    [MemberData(nameof(Files))]
    public void A_truncated_file_is_noticed(string extension)
    {
        int[] Cuts(int length) => [0, 1, 7, length / 4, length / 2, length - 8, length - 1];
        Damage(extension, (bytes, i) =>
        {
            var cut = Math.Max(0, Cuts(bytes.Length)[i]);
            return (bytes[..cut], $"truncated to {cut} bytes");
        }, Cuts(0).Length);
    }

    private static void Damage(string extension, Func<byte[], int, (byte[] Bytes, string What)> damage, int times)
    {
        Requires.Linux();
        using var ws = new Workspace(briefs: 60, paragraphs: 2);
        foreach (var seed in Directory.GetFiles(ws.Root, "*.md", SearchOption.AllDirectories))
        {
            // Seeds written within two seconds of a build are read again by every build, which would make each
            // rebuild's state change too large for a journal entry: age them, as a site's seeds are.
            File.SetLastWriteTimeUtc(seed, DateTime.UtcNow.AddMinutes(-1));
        }

        ws.Publish();
        ws.Site.Edit(1);
        ws.Publish();   // the first rebuild: the state written whole, and the mirror
        ws.Site.Edit(3);
        ws.Publish();   // a rebuild through the mirror: a journal entry
        ws.Site.Edit(2);
        var file = Directory.GetFiles(ws.StateDir, "*" + extension).SingleOrDefault();
        Assert.True(file is not null, $"no *{extension} file in the state folder after three builds: " + string.Join(", ", Directory.GetFiles(ws.StateDir).Select(Path.GetFileName)));
        var saved = SavedCopy.Of(ws);
        var original = File.ReadAllBytes(file);
        var problems = new List<string>();
        for (var i = 0; i < times; i++)
        {
            saved.Restore();
            var (bytes, what) = damage((byte[])original.Clone(), i);
            WriteKeepingTime(file, bytes);
            var run = ws.Build();
            try
            {
                Expect.Success(run, ws);
            }
            catch (Exception e) when (e is Xunit.Sdk.IAssertionException)
            {
                problems.Add($"{Path.GetFileName(file)} {what}: {e.Message}");
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n\n", problems));
    }

    /// <summary>Writes the damaged bytes and keeps the file's time, so only the content tells.</summary>
    private static void WriteKeepingTime(string file, byte[] bytes)
    {
        var time = File.GetLastWriteTimeUtc(file);
        File.WriteAllBytes(file, bytes);
        File.SetLastWriteTimeUtc(file, time);
    }
}
