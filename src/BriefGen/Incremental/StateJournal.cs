using BriefGen.Model;
using System.IO.Hashing;
using System.Text;

namespace BriefGen.Incremental;

/// <summary>
/// The journal beside a build state file: each build appends what changed (<see cref="StateDelta"/>), so a rebuild
/// that changed a few files writes a few records instead of the whole state, as ninja's log and git's index
/// extensions do. Each entry carries its length and checksum. The journal names the generation of the state file it
/// extends, so one left behind by an older state is never applied to a newer one.
/// </summary>
internal static class StateJournal
{
    private const string Magic = "BriefGen build journal 2";

    /// <summary>The magic as <see cref="BinaryWriter"/> writes it (a one-byte length, then ASCII), and the generation.</summary>
    private static readonly int HeaderLength = 1 + Magic.Length + 16;

    /// <summary>The journal of the state file <paramref name="stateFile"/>.</summary>
    public static string FileFor(string stateFile) => Path.ChangeExtension(stateFile, ".journal");

    /// <summary>
    /// Applies every entry of <paramref name="journal"/> to <paramref name="state"/> and its folder's
    /// <paramref name="files"/>, numbering search terms in <paramref name="vocabulary"/>; returns the folder stamp of the last entry, or null when the journal extends another
    /// generation of the state (left behind; nothing applied). A damaged or cut entry throws
    /// <see cref="FormatException"/> or <see cref="EndOfStreamException"/>.
    /// </summary>
    public static long? ApplyTo(string journal, Guid generation, BuildState state, FileListBuilder files, SearchVocabulary vocabulary)
    {
        using var stream = new FileStream(journal, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        using var reader = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
        if (reader.ReadString() != Magic)
        {
            throw new FormatException("not a BriefGen build journal of this version");
        }

        if (new Guid(reader.ReadBytes(16)) != generation)
        {
            return null;
        }

        long? folderStamp = null;
        while (stream.Position < stream.Length)
        {
            var length = reader.ReadInt32();
            var checksum = reader.ReadUInt64();
            if (length < sizeof(long) || length > stream.Length - stream.Position)
            {
                throw new FormatException("a journal entry is cut short");
            }

            var payload = reader.ReadBytes(length);
            if (XxHash64.HashToUInt64(payload) != checksum)
            {
                throw new FormatException("a journal entry is damaged");
            }

            using var entry = new StateReader(new MemoryStream(payload, writable: false));
            folderStamp = StateDelta.ApplyFrom(entry, state, files, vocabulary);
        }

        return folderStamp;
    }

    /// <summary>
    /// Appends <paramref name="delta"/> to the journal of <paramref name="generation"/>, which is
    /// <paramref name="length"/> bytes long (null: there is none yet, it is started); false, writing nothing, when the
    /// journal would grow past <paramref name="limit"/> bytes: the state is written whole then.
    /// </summary>
    public static bool TryAppend(string journal, Guid generation, long? length, StateDelta delta, long limit)
    {
        var payload = new MemoryStream();
        using (var body = new BinaryWriter(payload, Encoding.UTF8, leaveOpen: true))
        {
            var writer = new StateWriter(body, 64);
            delta.Write(writer);
            writer.Finish();
        }

        var bytes = payload.GetBuffer().AsSpan(0, (int)payload.Length);
        if ((length ?? HeaderLength) + sizeof(int) + sizeof(ulong) + bytes.Length > limit)
        {
            return false;
        }

        using var stream = new FileStream(journal, length is null ? FileMode.CreateNew : FileMode.Append, FileAccess.Write, FileShare.None, 1 << 12);
        using var output = new BinaryWriter(stream, Encoding.UTF8);
        if (length is null)
        {
            output.Write(Magic);
            output.Write(generation.ToByteArray());
        }

        output.Write(bytes.Length);
        output.Write(XxHash64.HashToUInt64(bytes));
        output.Write(bytes);
        return true;
    }
}
