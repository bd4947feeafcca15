using BriefGen.Diagnostics;

namespace BriefGen.Cli.NewSite;

/// <summary>What <see cref="NewSiteWriter"/> did: the files it wrote and what it reports (files kept, failures).</summary>
internal sealed record NewSiteOutcome(IReadOnlyList<SiteFile> Written, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>False when an error stopped the writing (a refused folder, a file that could not be written).</summary>
    public bool Succeeded => Diagnostics.All(d => d.Severity != DiagnosticSeverity.Error);

    /// <summary>Nothing written, one error.</summary>
    public static NewSiteOutcome Failed(Diagnostic error) => new([], [error]);
}
