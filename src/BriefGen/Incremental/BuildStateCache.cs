using BriefGen.Model;

namespace BriefGen.Incremental;

/// <summary>
/// The build state a generator saved last, with what it was saved for: the next build of the same folder by the same
/// generator (a watch loop, a reused MSBuild node) takes it from memory while the file on disk is still the one
/// written, instead of reading ~1 KB per brief back. Only the last one is kept. It also owns the numbering of search
/// terms its seeds' bodies are kept in (<see cref="Vocabulary"/>), bounded to what the sites built use. Thread-safe.
/// </summary>
internal sealed class BuildStateCache
{
    /// <summary>
    /// A vocabulary is replaced once it holds more than this many times the terms a build used (and at least
    /// <see cref="MinimumBound"/>): it keeps the words of briefs since deleted, held back or of another site.
    /// </summary>
    public const int Slack = 2;

    /// <summary>The fewest terms a vocabulary is replaced at: below it, renumbering costs more than the words kept.</summary>
    public const int MinimumBound = 4096;

    private SavedState? _last;
    private SearchVocabulary _vocabulary = new();

    /// <summary>
    /// What numbers search terms for the next build: one build numbers all its terms in the one it starts with, so a
    /// build running while another replaces it is not disturbed.
    /// </summary>
    public SearchVocabulary Vocabulary => Volatile.Read(ref _vocabulary);

    /// <summary>
    /// After a build whose site used <paramref name="termsUsed"/> terms of <paramref name="vocabulary"/>: replaces the
    /// vocabulary with an empty one when it holds far more (see <see cref="Slack"/>), and gives the new one, in which
    /// the build renumbers the bodies its state keeps; null when it stays.
    /// </summary>
    public SearchVocabulary? Bound(SearchVocabulary vocabulary, int termsUsed)
    {
        if (vocabulary.Count <= Math.Max(MinimumBound, termsUsed * Slack))
        {
            return null;
        }

        var fresh = new SearchVocabulary();
        return Interlocked.CompareExchange(ref _vocabulary, fresh, vocabulary) == vocabulary ? fresh : null;
    }

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
