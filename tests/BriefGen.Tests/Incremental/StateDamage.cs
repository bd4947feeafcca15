namespace BriefGen.Tests.Incremental;

/// <summary>
/// Random damage to a build state folder, as a disk error or a careless hand would do it: a flipped bit in any state
/// file (the state, its journal, the output-ownership record), a file cut short, or a mirror file replaced by other
/// bytes of the same size and modification time.
/// </summary>
internal static class StateDamage
{
    /// <summary>Damages one thing in <paramref name="stateDir"/> (or nothing, one time in four); says what.</summary>
    public static string Apply(string stateDir, Random random)
    {
        var files = Directory.GetFiles(stateDir).Where(f => new FileInfo(f).Length > 0).Order(StringComparer.Ordinal).ToArray();
        var mirrored = Directory.GetDirectories(stateDir, "*.mirror").SelectMany(d => Directory.GetFiles(d, "*", SearchOption.AllDirectories)).Order(StringComparer.Ordinal).ToArray();
        switch (random.Next(4))
        {
            case 0 when files.Length > 0:
                var file = files[random.Next(files.Length)];
                var bytes = File.ReadAllBytes(file);
                var bit = random.Next(bytes.Length * 8);
                bytes[bit / 8] ^= (byte)(1 << (bit % 8));
                File.WriteAllBytes(file, bytes);
                return $"bit {bit} of {Path.GetFileName(file)} flipped";
            case 1 when files.Length > 0:
                var cut = files[random.Next(files.Length)];
                var kept = File.ReadAllBytes(cut);
                File.WriteAllBytes(cut, kept[..random.Next(kept.Length)]);
                return $"{Path.GetFileName(cut)} cut short";
            case 2 when mirrored.Length > 0:
                var replaced = mirrored[random.Next(mirrored.Length)];
                var time = File.GetLastWriteTimeUtc(replaced);
                var other = File.ReadAllBytes(replaced);
                Array.Reverse(other);
                other[0] ^= 0x20;
                File.Delete(replaced); // a new file: the published one, a hard link to the old, keeps its bytes
                File.WriteAllBytes(replaced, other);
                File.SetLastWriteTimeUtc(replaced, time);
                return $"mirror file {Path.GetFileName(replaced)} replaced, same size and time";
            default:
                return "no damage";
        }
    }
}
