using System.Collections.Immutable;
using BriefGen.Diagnostics;

namespace BriefGen.Cli.Checking;

/// <summary>What checking a site found.</summary>
/// <param name="Pages">HTML pages checked.</param>
/// <param name="Links">URLs checked in them (external ones included, though not fetched).</param>
/// <param name="Diagnostics">One per broken URL, and one per bound the check reached.</param>
internal sealed record CheckReport(int Pages, int Links, ImmutableArray<Diagnostic> Diagnostics)
{
    /// <summary>How many URLs are broken (the errors among the diagnostics).</summary>
    public int Broken => Diagnostics.Count(d => d.IsError);
}
