namespace BriefGen.FaultTests.Infrastructure;

/// <summary>
/// A copy of a workspace's site and work folders (hard links within them kept, <c>cp -a</c>) that can be put back
/// at the same paths, so that many faults start from one prepared state without building it again.
/// </summary>
internal sealed class SavedCopy
{
    private static readonly string[] Folders = ["site", "work"];
    private readonly Workspace _ws;

    private SavedCopy(Workspace ws) => _ws = ws;

    private string Store => _ws["saved"];

    /// <summary>Copies the workspace as it is now.</summary>
    public static SavedCopy Of(Workspace ws)
    {
        var copy = new SavedCopy(ws);
        Directory.CreateDirectory(copy.Store);
        foreach (var folder in Folders)
        {
            ProcessRunner.Must("cp", "-a", ws[folder], copy.Store);
        }

        return copy;
    }

    /// <summary>Puts the copy back, removing whatever the workspace holds now.</summary>
    public void Restore()
    {
        foreach (var folder in Folders)
        {
            ProcessRunner.Must("rm", "-rf", _ws[folder]);
            ProcessRunner.Must("cp", "-a", Path.Combine(Store, folder), _ws.Root);
        }
    }
}
