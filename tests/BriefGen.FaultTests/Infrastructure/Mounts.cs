namespace BriefGen.FaultTests.Infrastructure;

/// <summary>tmpfs mounts for the disk-full, inode and read-only tests (root only).</summary>
internal static class Mounts
{
    /// <summary>Mounts a tmpfs with <paramref name="options"/> (e.g. <c>size=2m</c>) at <paramref name="dir"/>, creating it.</summary>
    public static void Tmpfs(string dir, string options)
    {
        Directory.CreateDirectory(dir);
        ProcessRunner.Must("mount", "-t", "tmpfs", "-o", options + ",mode=755", "tmpfs", dir);
    }

    /// <summary>Changes the options of the mount at <paramref name="dir"/> (<c>ro</c>, <c>nr_inodes=…</c>).</summary>
    public static void Remount(string dir, string options) => ProcessRunner.Must("mount", "-o", "remount," + options, dir);

    /// <summary>Unmounts (lazily, deepest first) every mount point at or under <paramref name="root"/>.</summary>
    public static void UnmountAllUnder(string root)
    {
        if (!File.Exists("/proc/self/mounts"))
        {
            return;
        }

        var points = File.ReadAllLines("/proc/self/mounts").Select(l => l.Split(' ')[1])
            .Where(p => p == root || p.StartsWith(root + "/", StringComparison.Ordinal)).OrderByDescending(p => p.Length);
        foreach (var point in points)
        {
            ProcessRunner.Run(["umount", "-l", point], "/");
        }
    }
}
