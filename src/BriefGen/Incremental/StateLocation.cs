namespace BriefGen.Incremental;

/// <summary>Where a build state is kept and what it belongs to: a state is only ever used for the folder and build key it was saved for.</summary>
/// <param name="File">The state file (its journal lies beside it).</param>
/// <param name="OutputDir">The output folder it describes.</param>
/// <param name="BuildKey">The generator and configuration it was made with.</param>
internal sealed record StateLocation(string File, string OutputDir, UInt128 BuildKey);
