using System.Text;
using BriefGen.Reading.FrontMatter;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace BriefGen.Tests.Reading.Markdown;

public sealed class SimpleYamlTests
{
    [Fact]
    public void TypicalFrontMatter_SameEventsAsYamlDotNet()
    {
        const string yaml = """
            title: "Undersea Cables: Why They Matter"
            slug: undersea-cables
            date: 2024-07-10T18:50:00+00:00
            program: "Technology and Society"
            kind: In Brief
            summary: "A dek with 'quotes', colons: and # marks."
            authors:
              - name: "Mira Ingram"
                bio: "Mira Ingram is a research director."
              - name: Elena Ingram
            topics:
              - "Public Records"
              - Labor
            tags:
            - Technology
            - Security
            image:
              caption: "The cable."
              credit: Omar Ingram/Staff Photo
            """;

        Assert.Equal(YamlDotNetEvents(yaml), Describe(SimpleYaml.TryParse(yaml) ?? throw new Xunit.Sdk.XunitException("not taken")));
        Assert.Equal(YamlDotNetEvents(yaml + "\n"), Describe(SimpleYaml.TryParse(yaml + "\n")!));
    }

    [Theory]
    [InlineData("title: x # a comment")]
    [InlineData("title: x\n\nslug: y")]
    [InlineData("title: \"a \\\" b\"")]
    [InlineData("title: 'single'")]
    [InlineData("title: [a, b]")]
    [InlineData("title: &anchor x")]
    [InlineData("title: !tag x")]
    [InlineData("title: |\n  block")]
    [InlineData("title: long\n  continued")]
    [InlineData("title: x ")]
    [InlineData("title:  x")]
    [InlineData("title: a: b")]
    [InlineData("title:")]
    [InlineData("title:\nslug: y")]
    [InlineData("authors:\n- name: x")]
    [InlineData("authors:\n  - name:\n      nested: x")]
    [InlineData("topics:\n  - a\n   - b")]
    [InlineData("image:\n  caption: x\n    credit: y")]
    [InlineData("\ttitle: x")]
    [InlineData("title: x\u2028y")]
    [InlineData("<<: *base")]
    public void AnythingElse_IsLeftToYamlDotNet(string yaml) => Assert.Null(SimpleYaml.TryParse(yaml));

    /// <summary>
    /// Random front matter from the accepted shapes and from near misses (comments, blank lines, escapes, quotes,
    /// indicators, odd indentation, continuation lines, characters YAML gives a meaning to): whenever the fast path
    /// answers, its events are YamlDotNet's, values, styles and positions alike; and it answers for nested lists and
    /// mappings too.
    /// </summary>
    [Fact]
    public void RandomFrontMatter_FastPathAlwaysAgreesWithYamlDotNet()
    {
        var random = new Random(20261201);
        var (answered, nested) = (0, 0);
        for (var i = 0; i < 20_000; i++)
        {
            var yaml = RandomYaml(random, wellFormed: i % 2 == 0);
            if (SimpleYaml.TryParse(yaml) is not { } events)
            {
                continue;
            }

            answered++;
            nested += yaml.Contains("\n  ", StringComparison.Ordinal) ? 1 : 0;
            var expected = YamlDotNetEvents(yaml);
            Assert.True(expected.SequenceEqual(Describe(events)), $"fast path differs from YamlDotNet for:\n{yaml}\n--- YamlDotNet:\n{string.Join("\n", expected)}\n--- fast:\n{string.Join("\n", Describe(events))}");
        }

        Assert.InRange(answered, 4_000, 20_000);
        Assert.InRange(nested, 1_000, 20_000);
    }

    private static readonly string[] s_keys = ["title", "slug", "date", "kind", "summary", "program", "a", "key_2", "x-y", "On", "true"];

    private static readonly string[] s_goodValues =
    [
        "\"A quoted title\"", "\"\"", "\"with: colon # hash 'single' — é\"", "plain words", "2024-07-10", "2024-07-10T18:50:00+00:00",
        "In Brief", "12", "1.5", "true", "null", "Omar/Staff Photo", "It's fine", "a:b", "Über café", "x (y) z", "a, b; c", "What?",
    ];

    private static readonly string[] s_badValues =
    [
        "x # c", "'single'", "\"esc \\\" q\"", "\"open", "- x", "[a]", "{a: b}", "&a x", "*a", "!t x", "|", ">", "a: b", "x ", " x", "~", "@x", "`x`",
        "%x", "\"tab\there\"", "\"nel\u0085\"", "a\u2028b", "x:", "#c", "\"a\" b", "🙂",
    ];

    private static string RandomYaml(Random random, bool wellFormed)
    {
        string Value() => !wellFormed && random.Next(6) == 0 ? s_badValues[random.Next(s_badValues.Length)] : s_goodValues[random.Next(s_goodValues.Length)];
        string Indent(int n) => !wellFormed && random.Next(20) == 0 ? new string(' ', n + 1) : new string(' ', n);

        var yaml = new StringBuilder();
        var keys = random.Next(1, 7);
        for (var k = 0; k < keys; k++)
        {
            var key = s_keys[random.Next(s_keys.Length)];
            switch (random.Next(5))
            {
                case 0: // a list
                    yaml.Append(key).Append(":\n");
                    var indent = random.Next(3) == 0 ? 0 : 2;
                    for (var n = random.Next(1, 4); n > 0; n--)
                    {
                        if (indent > 0 && random.Next(2) == 0)
                        {
                            yaml.Append(Indent(indent)).Append("- ").Append(s_keys[random.Next(s_keys.Length)]).Append(": ").Append(Value()).Append('\n');
                            for (var m = random.Next(0, 3); m > 0; m--)
                            {
                                yaml.Append(Indent(indent + 2)).Append(s_keys[random.Next(s_keys.Length)]).Append(": ").Append(Value()).Append('\n');
                            }
                        }
                        else
                        {
                            yaml.Append(Indent(indent)).Append("- ").Append(Value()).Append('\n');
                        }
                    }

                    break;
                case 1: // a mapping
                    yaml.Append(key).Append(":\n");
                    for (var n = random.Next(1, 4); n > 0; n--)
                    {
                        yaml.Append(Indent(2)).Append(s_keys[random.Next(s_keys.Length)]).Append(": ").Append(Value()).Append('\n');
                    }

                    break;
                default:
                    yaml.Append(key).Append(": ").Append(Value()).Append('\n');
                    break;
            }

            if (!wellFormed && random.Next(15) == 0)
            {
                yaml.Append(random.Next(3) switch { 0 => "\n", 1 => "# note\n", _ => "  continued\n" });
            }
        }

        return random.Next(3) == 0 ? yaml.ToString().TrimEnd('\n') : yaml.ToString();
    }

    private static List<string> YamlDotNetEvents(string yaml)
    {
        var parser = new Parser(new StringReader(yaml));
        var events = new List<ParsingEvent>();
        while (parser.MoveNext())
        {
            events.Add(parser.Current!);
        }

        return Describe(events);
    }

    /// <summary>Everything an event carries that the representation model reads.</summary>
    private static List<string> Describe(IEnumerable<ParsingEvent> events)
        => [.. events.Select(e => $"{e.GetType().Name} {Mark(e.Start)}-{Mark(e.End)} " + e switch
        {
            Scalar s => $"'{s.Value}' {s.Style} plain={s.IsPlainImplicit} quoted={s.IsQuotedImplicit} anchor={s.Anchor} tag={s.Tag}",
            MappingStart m => $"{m.Style} implicit={m.IsImplicit} anchor={m.Anchor} tag={m.Tag}",
            SequenceStart q => $"{q.Style} implicit={q.IsImplicit} anchor={q.Anchor} tag={q.Tag}",
            DocumentStart d => $"implicit={d.IsImplicit} version={d.Version} tags={string.Join(",", d.Tags?.Select(t => t.Handle + t.Prefix) ?? [])}",
            DocumentEnd d => $"implicit={d.IsImplicit}",
            _ => "",
        })];

    private static string Mark(YamlDotNet.Core.Mark mark) => $"{mark.Index}:{mark.Line}:{mark.Column}";
}
