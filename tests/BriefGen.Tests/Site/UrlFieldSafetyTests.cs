using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using AngleSharp.Html.Parser;
using BriefGen.Model;
using BriefGen.Model.Json;
using BriefGen.Output;
using BriefGen.Tests.Infrastructure;

namespace BriefGen.Tests.Site;

/// <summary>
/// Every URL field of the content model, found by reflection (so a field added later is covered without touching this
/// test), given a hostile URL by a seed: the build warns at the field's line, <c>brief.json</c> keeps what the seed
/// says, and no page prints it into an attribute or into JSON-LD.
/// </summary>
public sealed class UrlFieldSafetyTests
{
    private const string SeedPath = "seeds/hostile.md";

    public static TheoryData<string> HostileUrls =>
    [
        "javascript:alert(1)",
        "JaVaScRiPt:alert(1)",
        "java\u0001script:alert(1)",
        "java\u0001script:alert(1)//https://ok.example/",
        "data:text/html,<script>alert(1)</script>",
        "vbscript:msgbox(1)",
    ];

    /// <summary>The content model's URL fields: string or <see cref="Uri"/> properties named <c>…Url</c> of any model type.</summary>
    private static List<PropertyInfo> UrlFields()
        => [.. typeof(Brief).Assembly.GetTypes()
            .Where(t => t.Namespace?.StartsWith("BriefGen.Model", StringComparison.Ordinal) == true)
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            .Where(p => (p.PropertyType == typeof(string) || p.PropertyType == typeof(Uri)) && p.Name.EndsWith("Url", StringComparison.OrdinalIgnoreCase))];

    [Fact]
    public void UrlFields_AreFound()
        => Assert.Superset(new HashSet<string> { "Image.Url", "License.Url" }, new HashSet<string>(UrlFields().Select(p => p.DeclaringType!.Name + "." + p.Name)));

    [Theory]
    [MemberData(nameof(HostileUrls))]
    public void HostileUrlInEveryUrlField_IsWarnedAboutAtItsLine_KeptInTheModel_AndNeverPrintedAsALink(string url)
    {
        var fields = UrlFields();
        var site = TestSite.TempDir();
        var seeds = Directory.CreateDirectory(Path.Combine(site, "seeds")).FullName;
        File.WriteAllText(Path.Combine(seeds, "hostile.md"), Seed(HostileBrief(fields, url), url), new UTF8Encoding(false));
        File.WriteAllText(Path.Combine(site, "briefgen.yml"), "baseUrl: https://example.org/\n");
        var writer = new InMemorySiteWriter();

        var result = new BriefGenerator().Build(new SiteBuildOptions { SiteDir = site }, _ => writer);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var warnings = result.Diagnostics.Where(d => d.Id == "BG3005").ToList();
        Assert.Equal(fields.Count, warnings.Count);
        Assert.All(warnings, d => Assert.True(d.Path == SeedPath && d.Line > 1 && d.Column > 0, d.ToString()));
        Assert.Equal(fields.Count, CountOf(url, JsonNode.Parse(writer.ReadText("briefs/hostile/brief.json"))));
        foreach (var page in writer.Files.Keys.Where(k => k.EndsWith(".html", StringComparison.Ordinal)))
        {
            AssertNoUnsafeLink(page, writer.ReadText(page), url);
        }

        Directory.Delete(site, recursive: true);
    }

    /// <summary>A brief whose every URL field (on the brief or on a record it holds) is <paramref name="url"/>.</summary>
    private static Brief HostileBrief(List<PropertyInfo> fields, string url)
    {
        var brief = new Brief { Title = "Hostile", Slug = "hostile" };
        foreach (var holder in fields.Select(f => f.DeclaringType!).Distinct())
        {
            if (holder == typeof(Brief))
            {
                foreach (var field in fields.Where(f => f.DeclaringType == holder))
                {
                    field.SetValue(brief, field.PropertyType == typeof(Uri) ? new Uri(url, UriKind.RelativeOrAbsolute) : url);
                }

                continue;
            }

            var record = Record(holder, url);
            var slot = typeof(Brief).GetProperties().Single(p => p.PropertyType == holder || p.PropertyType == typeof(IReadOnlyList<>).MakeGenericType(holder));
            object value = slot.PropertyType == holder ? record : CreateList(holder, record);
            slot.SetValue(brief, value);
        }

        return brief;
    }

    /// <summary>A record built through its constructor: URL parameters get <paramref name="url"/>, other text a word.</summary>
    private static object Record(Type type, string url)
    {
        var constructor = type.GetConstructors().OrderByDescending(c => c.GetParameters().Length).First();
        var args = constructor.GetParameters()
            .Select(p => p.Name!.EndsWith("url", StringComparison.OrdinalIgnoreCase) ? url : p.ParameterType == typeof(string) ? "Word " + p.Name : null)
            .ToArray();
        return constructor.Invoke(args);
    }

    private static object CreateList(Type itemType, object item)
    {
        var list = (System.Collections.IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(itemType))!;
        list.Add(item);
        return list;
    }

    /// <summary>
    /// A Markdown seed whose front matter gives the fields of the brief's content-model JSON that hold the URL (front
    /// matter keys are the model's), one field a line, so each warning can be placed.
    /// </summary>
    private static string Seed(Brief brief, string url)
    {
        var model = JsonNode.Parse(BriefJson.Serialize(brief))!.AsObject();
        var yaml = new StringBuilder("---\ntitle: Hostile\n");
        foreach (var (key, value) in model.Where(m => CountOf(url, m.Value) > 0))
        {
            yaml.Append(key).Append(": ").Append(value!.ToJsonString(new JsonSerializerOptions { WriteIndented = false })).Append('\n');
        }

        return yaml.Append("---\n\nBody.\n").ToString();
    }

    private static int CountOf(string url, JsonNode? node) => node switch
    {
        JsonObject o => o.Sum(m => CountOf(url, m.Value)),
        JsonArray a => a.Sum(i => CountOf(url, i)),
        JsonValue v => v.TryGetValue<string>(out var s) && s == url ? 1 : 0,
        _ => 0,
    };

    private static void AssertNoUnsafeLink(string page, string html, string url)
    {
        var doc = new HtmlParser().ParseDocument(html);
        foreach (var attribute in doc.All.SelectMany(e => e.Attributes))
        {
            if (attribute.Name is "href" or "src" or "content" or "action" or "formaction" or "poster" or "cite" or "srcset" or "data")
            {
                Assert.True(attribute.Name == "content" && !attribute.Value.Contains(':', StringComparison.Ordinal) || IsSafe(attribute.Value), $"{page}: {attribute.Name}=\"{attribute.Value}\"");
            }
        }

        foreach (var script in doc.QuerySelectorAll("script[type='application/ld+json']"))
        {
            Assert.Equal(0, CountOf(url, JsonNode.Parse(script.TextContent)));
        }
    }

    /// <summary>The scheme as a browser reads it (control characters and spaces dropped): none, http(s) or mailto.</summary>
    private static bool IsSafe(string value)
    {
        var compact = new string([.. value.Where(c => !char.IsControl(c) && !char.IsWhiteSpace(c))]);
        var colon = compact.IndexOf(':', StringComparison.Ordinal);
        var end = compact.IndexOfAny(['/', '?', '#']);
        return colon < 0 || (end >= 0 && end < colon) || compact[..colon].ToLowerInvariant() is "http" or "https" or "mailto";
    }
}
