namespace BriefGen.MSBuild;

/// <summary>A warning as MSBuild logs it: code, full path of the file, 1-based line and column (0: unknown), message.</summary>
internal sealed record LoggedWarning(string Code, string File, int Line, int Column, string Message);
