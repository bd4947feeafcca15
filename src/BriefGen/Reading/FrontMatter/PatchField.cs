namespace BriefGen.Reading.FrontMatter;

/// <summary>A field given in YAML: its value (null is a given null) and the file line of its key.</summary>
internal readonly record struct PatchField<T>(T Value, int Line);
