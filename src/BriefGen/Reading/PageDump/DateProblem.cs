namespace BriefGen.Reading.PageDump;

/// <summary>The ways a date-like line can fall short.</summary>
internal enum DateProblem
{
    None,
    Unparsable,
    UnknownZone,
    TimeWithoutZone,
}
