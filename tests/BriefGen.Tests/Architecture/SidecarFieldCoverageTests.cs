using System.Collections;
using BriefGen.Diagnostics;
using BriefGen.Model;
using BriefGen.Reading.Overrides;

namespace BriefGen.Tests.Architecture;

/// <summary>
/// A sidecar (<c>&lt;stem&gt;.yml</c>) can override every top-level field of a brief (docs/content-model.md,
/// "Overrides"), through <c>BriefFields</c> and <c>BriefPatch</c>: for each field found by reflection, a sidecar that
/// gives it (under its JSON name, nested records as mappings of theirs) replaces that field and no other. A field
/// added to <see cref="Brief"/> and not to the patch fails here, naming it, unless it is declared unsettable below.
/// </summary>
public sealed class SidecarFieldCoverageTests
{
    /// <summary>The fields of <see cref="Brief"/> a sidecar cannot set on purpose, each with why.</summary>
    private static readonly Dictionary<string, string> NotSetBySidecar = new(StringComparer.Ordinal)
    {
        // The seed's file type decides it (*.md Markdown, *.txt text): front matter and sidecars have no format key
        // (docs/content-model.md, "The content model" and "Overrides"; BriefFields' known keys).
        [nameof(Brief.Format)] = "decided by the seed's file type",
    };

    /// <summary>A brief with a distinct value in every leaf (made anew for each use: a type the helper cannot fill fails the test, not the class).</summary>
    private static Brief Full => ModelLeaves.Filled<Brief>();

    /// <summary>A brief that differs from <see cref="Full"/> in every field; its slug is its own, so a new title leaves it.</summary>
    private static readonly Brief Base = new() { Title = "Base Title", Slug = "base-slug" };

    [Fact]
    public void Sidecar_OverridesEveryFieldOfTheBrief()
    {
        var problems = new List<string>();
        var @base = ModelLeaves.Snapshot(Base);
        var full = ModelLeaves.Snapshot(Full);

        foreach (var property in ModelLeaves.Properties(typeof(Brief)).Where(p => !NotSetBySidecar.ContainsKey(p.Name)))
        {
            var (result, yaml, diagnostics) = Apply(property.Name);

            var snapshot = ModelLeaves.Snapshot(result);
            problems.AddRange(ModelLeaves.Differences(ModelLeaves.Under(full, property.Name), ModelLeaves.Under(snapshot, property.Name)).Take(1).Select(d =>
                $"A sidecar cannot override {property.Name}: `{yaml}` left {d.Path} {d.Actual}, not {d.Expected}{diagnostics}"));
            problems.AddRange(
                from other in ModelLeaves.Properties(typeof(Brief))
                where other.Name != property.Name
                from d in ModelLeaves.Differences(ModelLeaves.Under(@base, other.Name), ModelLeaves.Under(snapshot, other.Name)).Take(1)
                select $"A sidecar giving {property.Name} changes {d.Path} too: {d.Expected} became {d.Actual}");
        }

        ModelLeaves.AssertNone(problems);
    }

    [Fact]
    public void Sidecar_CannotSetTheFieldsDeclaredUnsettable()
    {
        var fields = ModelLeaves.Properties(typeof(Brief)).Select(p => p.Name).ToList();

        ModelLeaves.AssertNone([
            .. NotSetBySidecar.Keys.Except(fields).Select(n => $"{nameof(NotSetBySidecar)} names {n}, which is not a field of Brief"),
            .. from n in NotSetBySidecar.Keys.Intersect(fields)
               let applied = Apply(n)
               where !ModelLeaves.Differences(ModelLeaves.Under(ModelLeaves.Snapshot(Full), n), ModelLeaves.Under(ModelLeaves.Snapshot(applied.Result), n)).Any()
               select $"A sidecar now sets {n} (`{applied.Yaml}`): take it off {nameof(NotSetBySidecar)}",
        ]);
    }

    /// <summary><see cref="Base"/> with a sidecar that gives one field of <see cref="Full"/>; the sidecar's text; its diagnostics as text.</summary>
    private static (Brief Result, string Yaml, string Diagnostics) Apply(string field)
    {
        var yaml = JsonName(field) + ": " + Yaml(typeof(Brief).GetProperty(field)!.GetValue(Full));
        var diagnostics = new DiagnosticBag();
        var result = SidecarOverrides.Apply(Base, new SourceText("seeds/full.yml", yaml + "\n"), diagnostics);
        var said = diagnostics.ToImmutable();
        return (result, yaml, said.IsEmpty ? string.Empty : " (" + string.Join("; ", said) + ")");
    }

    /// <summary>A value as a YAML flow node: text double-quoted, lists as <c>[…]</c>, records as <c>{…}</c> of their fields by JSON name.</summary>
    private static string Yaml(object? value) => value switch
    {
        null => "~",
        string s => "\"" + s.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"",
        Enum or bool or int or long => ModelLeaves.Shown(value)!,
        IEnumerable list => "[" + string.Join(", ", list.Cast<object?>().Select(Yaml)) + "]",
        _ => "{ " + string.Join(", ", ModelLeaves.Properties(value.GetType()).Select(p => JsonName(p.Name) + ": " + Yaml(p.GetValue(value)))) + " }",
    };

    /// <summary>The contract's name of a field (camelCase: <c>KindDescription</c> → <c>kindDescription</c>).</summary>
    private static string JsonName(string property) => char.ToLowerInvariant(property[0]) + property[1..];
}
