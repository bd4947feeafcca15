namespace BriefGen.Diagnostics;

/// <summary>
/// Static metadata of one diagnostic code (<c>BGnnnn</c>): its title, message format and default severity.
/// Every code lives once in <see cref="Descriptors"/>; reporting fills in the message arguments.
/// </summary>
/// <param name="Id">The code, e.g. <c>BG1003</c>.</param>
/// <param name="Title">A short, stable description of the problem, used in the table of <c>docs/diagnostics.md</c>.</param>
/// <param name="MessageFormat">A composite format string (<c>{0}</c>, <c>{1}</c>…) for the message.</param>
/// <param name="DefaultSeverity">The severity unless configuration overrides it.</param>
public sealed record DiagnosticDescriptor(string Id, string Title, string MessageFormat, DiagnosticSeverity DefaultSeverity);
