using System.Text;
using System.Text.Json.Nodes;
using BriefGen.Hashing;
using BriefGen.Incremental;
using BriefGen.Model;
using BriefGen.Model.Json;

namespace BriefGen.Tests.Architecture;

/// <summary>
/// Every field of the content model reaches every place that must see it: the input hash of a brief and of its slim
/// form, <see cref="SlimBrief.Of"/>, the seed cache's codec and <c>brief.json</c>. The fields are found by reflection
/// (<see cref="ModelLeaves"/>), so a field added to <see cref="Brief"/> or a record it holds, and forgotten in one of
/// these places, fails here naming the place and the field.
/// </summary>
public sealed class BriefFieldCoverageTests
{
    /// <summary>
    /// The fields of <see cref="Brief"/> that <see cref="SlimBrief"/> leaves out on purpose: a build holds thousands of
    /// slim briefs for lists, indexes and feeds, which never show the body, the related stories or the disclaimer
    /// (see <see cref="SlimBrief"/>). Any other field of <see cref="Brief"/> must be on <see cref="SlimBrief"/> too.
    /// </summary>
    private static readonly string[] NotInSlimBrief = [nameof(Brief.Sections), nameof(Brief.Related), nameof(Brief.Disclaimer)];

    /// <summary>
    /// The fields of <see cref="Brief"/> that <c>brief.json</c> leaves out on purpose: whether and when a brief is
    /// published (draft, embargo, expiry) decides which briefs are built, and is no part of the JSON output contract,
    /// whose keys stay as they are (docs/publishing-on-a-schedule.md).
    /// </summary>
    private static readonly string[] NotInBriefJson = [nameof(Brief.Draft), nameof(Brief.Embargo), nameof(Brief.Expires)];

    /// <summary>A brief with a distinct value in every leaf (made anew for each use: a type the helper cannot fill fails the test, not the class).</summary>
    private static Brief Full => ModelLeaves.Filled<Brief>();

    [Fact]
    public void InputHasher_Brief_ChangesWithEveryField()
    {
        var full = Hash(Full);

        ModelLeaves.AssertNone(ModelLeaves.Variants(Full).Where(v => Hash(v.Value) == full).Select(v => $"InputHasher.AddBrief(Brief) ignores {v.Name}"));
    }

    [Fact]
    public void InputHasher_SlimBrief_ChangesWithEveryField()
    {
        var slim = SlimBrief.Of(Full);
        var full = Hash(slim);

        ModelLeaves.AssertNone(ModelLeaves.Variants(slim).Where(v => Hash(v.Value) == full).Select(v => $"InputHasher.AddBrief(SlimBrief) ignores {v.Name}"));
    }

    [Fact]
    public void SlimBrief_HasEveryFieldOfBrief_ButTheDeclaredExclusions()
    {
        var brief = ModelLeaves.Properties(typeof(Brief)).Select(p => p.Name).ToList();
        var slim = ModelLeaves.Properties(typeof(SlimBrief)).Select(p => p.Name).ToList();

        ModelLeaves.AssertNone([
            .. brief.Except(slim).Except(NotInSlimBrief).Select(n =>
                $"SlimBrief lacks Brief.{n}: add it to SlimBrief (with SlimBrief.Of, SlimBriefCodec and InputHasher.AddBrief(SlimBrief)), or to {nameof(NotInSlimBrief)} on purpose"),
            .. slim.Except(brief).Select(n => $"SlimBrief.{n} is not a field of Brief"),
            .. NotInSlimBrief.Except(brief).Select(n => $"{nameof(NotInSlimBrief)} names {n}, which is not a field of Brief"),
            .. NotInSlimBrief.Intersect(slim).Select(n => $"{nameof(NotInSlimBrief)} names {n}, but SlimBrief has it: take it off the list"),
        ]);
    }

    [Fact]
    public void SlimBriefOf_CopiesEveryField()
    {
        var brief = ModelLeaves.Snapshot(Full);
        var slim = ModelLeaves.Snapshot(SlimBrief.Of(Full));

        ModelLeaves.AssertNone(
            from property in ModelLeaves.Properties(typeof(SlimBrief))
            from d in ModelLeaves.Differences(ModelLeaves.Under(brief, property.Name), ModelLeaves.Under(slim, property.Name))
            select $"SlimBrief.Of loses {d.Path}: the brief has {d.Expected}, the slim brief {d.Actual}");
    }

    [Fact]
    public void SlimBriefCodec_RoundTripsEveryField()
    {
        var slim = SlimBrief.Of(Full);
        var cases = new List<(string Name, SlimBrief Brief)> { ("the full slim brief", slim), ("a bare slim brief", SlimBrief.Of(new Brief { Title = "t", Slug = "t" })) };
        cases.AddRange(ModelLeaves.Variants(slim).Select(v => ($"the variant {v.Name}", v.Value)));
        var failures = new List<string>();
        var readBack = new List<string>();
        var losses = new List<(string Case, ModelLeaves.Difference Difference)>();

        foreach (var (name, written) in cases)
        {
            try
            {
                losses.AddRange(ModelLeaves.Differences(written, RoundTrip(written)).Select(d => (name, d)));
                readBack.Add(name);
            }
            catch (Exception e) when (e is FormatException or EndOfStreamException)
            {
                failures.Add($"{name}: {e.GetType().Name}: {e.Message}");
            }
        }

        // One line a field, with the first case that showed it: a field the codec drops is lost from every case. A
        // write without its read (or the reverse) puts the reader out of step, so nothing names the field; the cases
        // that still read back (those that null or empty it) point at it.
        ModelLeaves.AssertNone([
            .. losses.GroupBy(l => l.Difference.Path).Select(g =>
                $"SlimBriefCodec round trip loses {g.Key}: wrote {g.First().Difference.Expected}, read {g.First().Difference.Actual} ({g.First().Case}; {g.Count()} of {cases.Count} cases)"),
            .. failures.Take(1).Select(f =>
                $"SlimBriefCodec cannot read back {failures.Count} of {cases.Count} cases, e.g. {f}; it writes and reads out of step except in: {(readBack.Count == 0 ? "none" : string.Join(", ", readBack))}"),
        ]);
    }

    [Fact]
    public void BriefJson_WritesEveryLeafValue()
    {
        var values = new HashSet<string>(StringValues(JsonNode.Parse(BriefJson.Serialize(Full))), StringComparer.Ordinal);

        ModelLeaves.AssertNone(
            from n in ModelLeaves.Nodes(Full)
            where n.Shape == ModelLeaves.NodeShape.Scalar && !NotInBriefJson.Any(field => IsUnder(n.Path, field))
            let shown = ModelLeaves.Shown(n.Value)!
            where !values.Contains(shown)
            select $"BriefJson does not write {n.Path} (\"{shown}\")");
        Assert.Contains("\"format\": \"markdown\"", BriefJson.Serialize(Full), StringComparison.Ordinal);
    }

    [Fact]
    public void BriefJson_ChangesWithEveryField()
    {
        var full = BriefJson.Serialize(Full);

        ModelLeaves.AssertNone(ModelLeaves.Variants(Full)
            .Where(v => !NotInBriefJson.Any(field => IsUnder(v.Name, field)) && BriefJson.Serialize(v.Value) == full)
            .Select(v => $"BriefJson ignores {v.Name}"));
    }

    [Fact]
    public void BriefJson_LeavesOutTheDeclaredExclusions()
    {
        var full = BriefJson.Serialize(Full);

        ModelLeaves.AssertNone([
            .. NotInBriefJson.Except(ModelLeaves.Properties(typeof(Brief)).Select(p => p.Name)).Select(n => $"{nameof(NotInBriefJson)} names {n}, which is not a field of Brief"),
            .. ModelLeaves.Variants(Full)
                .Where(v => NotInBriefJson.Any(field => IsUnder(v.Name, field)) && BriefJson.Serialize(v.Value) != full)
                .Select(v => $"BriefJson writes {v.Name}, which is on {nameof(NotInBriefJson)}: the JSON contract keeps its keys"),
        ]);
    }

    /// <summary>True when a node's path or variant name (<c>Embargo</c>, <c>Embargo = null</c>, <c>Image.Url</c>) is in the top-level field <paramref name="field"/>.</summary>
    private static bool IsUnder(string path, string field) => path.Split('.', ' ', '[')[0] == field;

    private static UInt128 Hash(Brief brief) => new InputHasher().AddBrief(brief).Finish();

    private static UInt128 Hash(SlimBrief brief) => new InputHasher().AddBrief(brief).Finish();

    /// <summary>Writes <paramref name="brief"/> as the build state does (a body, then its string table) and reads it back.</summary>
    private static SlimBrief RoundTrip(SlimBrief brief)
    {
        using var stream = new MemoryStream();
        using (var output = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            var writer = new StateWriter(output, expectedStrings: 16);
            SlimBriefCodec.Write(writer, brief);
            writer.Finish();
        }

        stream.Position = 0;
        using var reader = new StateReader(stream);
        return SlimBriefCodec.Read(reader);
    }

    private static IEnumerable<string> StringValues(JsonNode? node) => node switch
    {
        JsonObject o => o.SelectMany(m => StringValues(m.Value)),
        JsonArray a => a.SelectMany(StringValues),
        JsonValue v when v.TryGetValue<string>(out var s) => [s],
        _ => [],
    };
}
