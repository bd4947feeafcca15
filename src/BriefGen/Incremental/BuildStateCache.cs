namespace BriefGen.Incremental;

/// <summary>
/// The build state a generator saved last, with what it was saved for: the next build of the same folder by the same
/// generator (a watch loop, a reused MSBuild node) takes it from memory while the file on disk is still the one
/// written, instead of reading ~1 KB per brief back. Only the last one is kept. Thread-safe.
/// </summary>
internal sealed class BuildStateCache
{
    private SavedState? _last;

    /// <summary>The state saved last, or null.</summary>
    public SavedState? Last => Volatile.Read(ref _last);

    /// <summary>Remembers <paramref name="saved"/> as the state saved last.</summary>
    public void Remember(SavedState saved) => Volatile.Write(ref _last, saved);

    /// <summary>Forgets the state saved last (a save is under way, or failed).</summary>
    public void Forget() => Volatile.Write(ref _last, null);
}

/// <summary>A state as it was saved: for which build key and output folder, and the folder's time right after the swap.</summary>
/// <param name="BuildKey">The generator and configuration it was saved with.</param>
/// <param name="OutputDir">The output folder's full path.</param>
/// <param name="FolderStamp">The output folder's modification time when the state was saved.</param>
/// <param name="State">The state itself.</param>
internal sealed record SavedState(UInt128 BuildKey, string OutputDir, long FolderStamp, BuildState State);
