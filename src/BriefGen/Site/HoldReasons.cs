namespace BriefGen.Site;

/// <summary>Why a brief is held out of the site at the build's instant; none for a brief that is published.</summary>
[Flags]
internal enum HoldReasons
{
    /// <summary>Published.</summary>
    None = 0,

    /// <summary>A draft.</summary>
    Draft = 1,

    /// <summary>Under embargo (or with an embargo that is no instant, which is never guessed).</summary>
    Embargoed = 2,

    /// <summary>Expired (or with an expiry that is no instant).</summary>
    Expired = 4,
}
