namespace BriefGen.Fuzz;

/// <summary>
/// One entry point under fuzzing: a name for the command line and a run over one input. A run throws only when
/// the code under test lets an exception escape, which is a finding; bad input must end as diagnostics.
/// </summary>
/// <param name="Name">The command-line name, also the corpus folder's name (<c>corpus/&lt;name&gt;/</c>).</param>
/// <param name="Run">Feeds one input's bytes to the code under test.</param>
public sealed record FuzzTarget(string Name, Action<byte[]> Run);
