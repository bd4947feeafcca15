namespace BriefGen.Diagnostics;

public static partial class Descriptors
{
    // BG10xx: finding, reading and decoding seed files (any format).

    /// <summary>BG1001: the seed file has no content at all.</summary>
    public static readonly DiagnosticDescriptor EmptySeed = new(
        "BG1001", "Empty seed", "the seed is empty", DiagnosticSeverity.Error);

    /// <summary>BG1002: the seed holds only white space.</summary>
    public static readonly DiagnosticDescriptor WhitespaceSeed = new(
        "BG1002", "Seed holds only white space", "the seed holds only white space", DiagnosticSeverity.Error);

    /// <summary>What a date that is not understood means for its brief (BG1003, BG1208, BG1307).</summary>
    private const string Undated = "the brief is undated: its page shows no date, it is listed after every dated brief and left out of the feed";

    /// <summary>The dates a brief's <c>published</c> may hold, as messages name them.</summary>
    private const string DateShapes = "YYYY-MM-DD or YYYY-MM-DDThh:mm:ss±hh:mm";

    /// <summary>What an <c>embargo</c> or <c>expires</c> value that is no instant means for its brief (BG1213, BG1308).</summary>
    private const string ScheduleNotInstant = "'{0}' must be a date-time with an offset, e.g. 2025-06-01T09:00:00-04:00, not '{1}'; an embargo is never guessed, so the brief is held";

    /// <summary>What an <c>embargo</c> or <c>expires</c> date alone means (BG1214, BG1309).</summary>
    private const string ScheduleDateOnly = "'{0}' gives the date {1} alone, taken as {1}T00:00:00Z; give the time and offset meant, e.g. {1}T09:00:00-04:00";

    /// <summary>BG1003: a date line was found but could not be parsed; the brief is undated.</summary>
    public static readonly DiagnosticDescriptor UnparsableDate = new(
        "BG1003", "Date not understood", "could not parse date '{0}', so " + Undated, DiagnosticSeverity.Warning);

    /// <summary>BG1004: the bytes are not valid UTF-8.</summary>
    public static readonly DiagnosticDescriptor InvalidUtf8 = new(
        "BG1004", "Invalid UTF-8", "the seed is not valid UTF-8 (invalid byte sequence at byte offset {0})", DiagnosticSeverity.Error);

    /// <summary>BG1005: the file looks binary (NUL or other control bytes).</summary>
    public static readonly DiagnosticDescriptor BinarySeed = new(
        "BG1005", "Binary file", "the seed looks like a binary file (control byte 0x{0:X2} at byte offset {1}), not text", DiagnosticSeverity.Error);

    /// <summary>BG1006: the seed is larger than the configured limit.</summary>
    public static readonly DiagnosticDescriptor SeedTooLarge = new(
        "BG1006", "Seed too large", "the seed is {0:N0} bytes, over the limit of {1:N0} bytes", DiagnosticSeverity.Error);

    /// <summary>BG1007: no line could serve as the title.</summary>
    public static readonly DiagnosticDescriptor NoTitle = new(
        "BG1007", "No title", "no title-like line found: {0}", DiagnosticSeverity.Error);

    /// <summary>BG1008: the file could not be read from disk.</summary>
    public static readonly DiagnosticDescriptor UnreadableSeed = new(
        "BG1008", "Unreadable file", "could not read the file: {0}", DiagnosticSeverity.Error);

    /// <summary>BG1009: a symbolic link leading outside the seeds folder was not followed.</summary>
    public static readonly DiagnosticDescriptor SymlinkOutsideSeeds = new(
        "BG1009", "Symbolic link leaves the seeds folder", "symbolic link leads outside the seeds folder and is not followed", DiagnosticSeverity.Warning);

    /// <summary>BG1010: two seeds share a stem in one folder (<c>x.txt</c> and <c>x.md</c>).</summary>
    public static readonly DiagnosticDescriptor DuplicateStem = new(
        "BG1010", "Two seeds with one stem", "two seeds share the stem '{0}': {1} and {2}", DiagnosticSeverity.Error);

    /// <summary>BG1011: no reader handles the file's extension.</summary>
    public static readonly DiagnosticDescriptor NoReader = new(
        "BG1011", "Not a seed format", "no reader for '{0}' files (seeds are *.txt and *.md)", DiagnosticSeverity.Error);

    /// <summary>BG1012: a seed path given on the command line or as an item does not exist.</summary>
    public static readonly DiagnosticDescriptor SeedNotFound = new(
        "BG1012", "Seed not found", "no such file or folder", DiagnosticSeverity.Error);

    /// <summary>BG1013: a folder lies deeper than the search depth limit (or in a link cycle) and was not searched.</summary>
    public static readonly DiagnosticDescriptor FolderTooDeep = new(
        "BG1013", "Folder nested too deep", "the folder is nested more than {0} levels below the seeds folder (a link cycle?) and is not searched", DiagnosticSeverity.Warning);

    /// <summary>BG1014: a symbolic link inside the seeds folder leads nowhere (its target does not exist).</summary>
    public static readonly DiagnosticDescriptor BrokenSymlink = new(
        "BG1014", "Broken symbolic link", "symbolic link to '{0}' leads to nothing and is skipped", DiagnosticSeverity.Warning);

    /// <summary>BG1015: the seeds folder does not exist; nothing is built, so a published site is never replaced by an empty one.</summary>
    public static readonly DiagnosticDescriptor SeedsFolderMissing = new(
        "BG1015", "No seeds folder", "the seeds folder '{0}' does not exist, so nothing was built and the published site was left as it was; create it, or check the site folder's path{1}", DiagnosticSeverity.Error);

    /// <summary>BG1016: a file in the seeds folder looks like a seed (<c>*.markdown</c>, <c>*.html</c>…) but no reader takes it.</summary>
    public static readonly DiagnosticDescriptor SeedLookalikeNotBuilt = new(
        "BG1016", "Seed-looking file not built", "'{0}' is not built: seeds are *.txt and *.md; rename it to build it", DiagnosticSeverity.Warning);
}
