using System.IO.Hashing;

namespace BriefGen.Output;

/// <summary>
/// Which folders BriefGen made to become the output folder, by identity (<see cref="FileIdentity"/>), kept in a small
/// checksummed file beside the build state. A folder's identity is recorded <em>before</em> it is renamed into the
/// output folder's place, so whatever instant a build is killed at, the folder found there next time is one the
/// record names: the next build never refuses its own output, and never takes a folder of the user's for its own.
/// A missing record owns nothing (the build then refuses a non-empty folder). A damaged one (its checksum fails) still
/// says that BriefGen built this output folder before, so the folder there is taken as BriefGen's, with a warning:
/// refusing would leave the user nothing to fix but a flag that deletes whatever the folder holds.
/// </summary>
internal sealed class OutputOwnership
{
    private const string Magic = "BriefGen output owner 1";
    private const int MaxEntries = 64;
    private readonly string _file;
    private readonly List<FileIdentity> _owned;

    private OutputOwnership(string file, List<FileIdentity>? owned)
    {
        _file = file;
        _owned = owned ?? [];
        IsDamaged = owned is null;
    }

    /// <summary>Whether the record exists but could not be trusted (its checksum or format failed).</summary>
    public bool IsDamaged { get; private set; }

    /// <summary>Where the record is kept.</summary>
    public string File => _file;

    /// <summary>Why the record could not be written, when it could not (then the next build may refuse the folder).</summary>
    public FileSystemFailure? SaveFailure { get; private set; }

    /// <summary>The record kept beside the build state file <paramref name="stateFile"/>.</summary>
    public static OutputOwnership Load(string stateFile)
    {
        var file = Path.ChangeExtension(stateFile, ".owner");
        return new OutputOwnership(file, Read(file));
    }

    /// <summary>Whether the folder <paramref name="identity"/> names was made by BriefGen as an output folder.</summary>
    public bool Owns(FileIdentity identity) => IsDamaged || _owned.Contains(identity);

    /// <summary>Records <paramref name="identity"/> as BriefGen's, before that folder may be renamed into place.</summary>
    public void Claim(FileIdentity identity)
    {
        if (!_owned.Contains(identity))
        {
            Write([.. _owned.TakeLast(MaxEntries - 1), identity]);
        }
    }

    /// <summary>After a commit: BriefGen owns exactly the folders <paramref name="identities"/> (the output folder and its mirror).</summary>
    public void KeepOnly(IEnumerable<FileIdentity?> identities)
    {
        var kept = identities.OfType<FileIdentity>().Distinct().ToList();
        if (!kept.SequenceEqual(_owned))
        {
            Write(kept);
        }
    }

    private void Write(List<FileIdentity> owned)
    {
        var bytes = new MemoryStream();
        using (var writer = new BinaryWriter(bytes, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Magic);
            writer.Write(owned.Count);
            foreach (var id in owned)
            {
                writer.Write(id.Device);
                writer.Write(id.Inode);
                writer.Write(id.BirthTicks);
            }
        }

        var body = bytes.ToArray();
        var temp = _file + ".tmp-" + Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(_file)!);
            using (var stream = new FileStream(temp, FileMode.Create, FileAccess.Write))
            {
                stream.Write(body);
                stream.Write(BitConverter.GetBytes(XxHash64.HashToUInt64(body)));
            }

            System.IO.File.Move(temp, _file, overwrite: true); // whole or not at all, also when killed
            IsDamaged = false;
        }
        catch (Exception e) when (FileSystemFailure.IsFileSystemError(e))
        {
            SaveFailure = FileSystemFailure.From(e, _file); // as an unusable state folder: the build goes on, and warns
        }

        _owned.Clear();
        _owned.AddRange(owned);
    }

    /// <summary>The identities recorded; empty when there is no record, null when it is damaged.</summary>
    private static List<FileIdentity>? Read(string file)
    {
        byte[] bytes;
        try
        {
            bytes = System.IO.File.ReadAllBytes(file);
        }
        catch (Exception e) when (FileSystemFailure.IsFileSystemError(e))
        {
            return []; // missing or unreadable: nothing is known to be ours
        }

        try
        {
            if (bytes.Length < sizeof(ulong) || XxHash64.HashToUInt64(bytes.AsSpan(0, bytes.Length - sizeof(ulong))) != BitConverter.ToUInt64(bytes, bytes.Length - sizeof(ulong)))
            {
                return null;
            }

            using var reader = new BinaryReader(new MemoryStream(bytes, 0, bytes.Length - sizeof(ulong)));
            if (reader.ReadString() != Magic)
            {
                return null;
            }

            var count = reader.ReadInt32();
            var owned = new List<FileIdentity>();
            for (var i = 0; i < count && i < MaxEntries; i++)
            {
                owned.Add(new FileIdentity(reader.ReadUInt64(), reader.ReadUInt64(), reader.ReadInt64()));
            }

            return owned;
        }
        catch (Exception e) when (e is IOException or FormatException)
        {
            return null;
        }
    }
}
