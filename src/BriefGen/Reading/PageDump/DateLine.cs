namespace BriefGen.Reading.PageDump;

/// <summary>What <see cref="DateLineParser"/> made of a date-like line.</summary>
/// <param name="Value">The ISO 8601 text for <c>published</c>, or null when the line could not be used.</param>
/// <param name="Problem">Why the line could not be used, or why part of it was dropped; <see cref="DateProblem.None"/> when fully understood.</param>
internal readonly record struct DateLine(string? Value, DateProblem Problem);
