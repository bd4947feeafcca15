namespace BriefGen.Reading.Markdown;

/// <summary>What a top-level block of a body is to the section split.</summary>
internal enum TopLevelKind
{
    /// <summary>Anything but a level-2 heading: one paragraph entry of a section.</summary>
    Content,

    /// <summary>A level-2 ATX heading (<c>## x</c>): starts a section.</summary>
    AtxSectionHeading,

    /// <summary>A level-2 setext heading (<c>x</c> over <c>---</c>): starts a section.</summary>
    SetextSectionHeading,
}

/// <summary>A top-level block of a Markdown body with the 0-based first and last body lines it spans.</summary>
internal readonly record struct TopLevelBlock(TopLevelKind Kind, int First, int Last);
