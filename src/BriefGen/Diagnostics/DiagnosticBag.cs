using System.Collections.Immutable;

namespace BriefGen.Diagnostics;

/// <summary>A mutable collector of diagnostics for one stage or one file. Not thread-safe: one bag per worker.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];

    /// <summary>The number of diagnostics collected so far.</summary>
    public int Count => _items.Count;

    /// <summary>True when an error-level diagnostic has been added.</summary>
    public bool HasErrors { get; private set; }

    /// <summary>Adds a diagnostic.</summary>
    public void Add(Diagnostic diagnostic)
    {
        _items.Add(diagnostic);
        HasErrors |= diagnostic.IsError;
    }

    /// <summary>Reports a new diagnostic from its descriptor.</summary>
    public void Report(DiagnosticDescriptor descriptor, string? path, int line, int column, params object?[] args)
        => Add(new Diagnostic(descriptor, path, line, column, args));

    /// <summary>Reports an unexpected exception (a bug in BriefGen, not bad input) as BG9001 against <paramref name="path"/>.</summary>
    internal void ReportInternalError(string? path, Exception exception)
        => Report(Descriptors.InternalError, path, 0, 0, exception.GetType().Name + ": " + exception.Message);

    /// <summary>Adds every diagnostic of a sequence.</summary>
    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var d in diagnostics)
        {
            Add(d);
        }
    }

    /// <summary>Makes every warning that <paramref name="policy"/> turns an error, with the same code, place and message.</summary>
    internal void TreatAsErrors(WarningsAsErrorsPolicy policy)
    {
        for (var i = 0; i < _items.Count; i++)
        {
            if (_items[i].Severity == DiagnosticSeverity.Warning && policy.Turns(_items[i].Id))
            {
                _items[i] = _items[i] with { Severity = DiagnosticSeverity.Error };
                HasErrors = true;
            }
        }
    }

    /// <summary>The diagnostics in the order they were added.</summary>
    public ImmutableArray<Diagnostic> ToImmutable() => [.. _items];

    /// <summary>The diagnostics sorted by path, line, column and code, so output is deterministic.</summary>
    public ImmutableArray<Diagnostic> ToSortedImmutable() => DiagnosticOrder.Sort(_items);
}
