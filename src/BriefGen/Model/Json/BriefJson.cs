using System.Text;

namespace BriefGen.Model.Json;

/// <summary>
/// Writes a <see cref="Brief"/> as the contract's JSON (<c>brief.json</c>, <c>briefgen model</c>): fixed key
/// order, camelCase, nulls and empty lists as specified, one final <c>\n</c>.
/// </summary>
public static class BriefJson
{
    /// <summary>The brief as JSON text, ending in one <c>\n</c>.</summary>
    public static string Serialize(Brief brief)
    {
        var sb = new StringBuilder(4096);
        Write(new JsonTextWriter(sb), brief);
        sb.Append('\n');
        return sb.ToString();
    }

    /// <summary>The JSON value of a format (<c>text</c> or <c>markdown</c>).</summary>
    public static string FormatName(BriefFormat format) => format == BriefFormat.Markdown ? "markdown" : "text";

    private static void Write(JsonTextWriter w, Brief b)
    {
        w.StartObject();
        w.Property("title", b.Title);
        w.Property("slug", b.Slug);
        w.Property("kind", b.Kind);
        w.Property("kindDescription", b.KindDescription);
        w.Property("program", b.Program);
        w.Property("summary", b.Summary);
        w.Property("published", b.Published);
        w.Key("authors");
        w.StartArray();
        foreach (var a in b.Authors)
        {
            w.StartObject();
            w.Property("name", a.Name);
            w.Property("bio", a.Bio);
            w.EndObject();
        }

        w.EndArray();
        w.Key("image");
        if (b.Image is null)
        {
            w.Null();
        }
        else
        {
            w.StartObject();
            w.Property("caption", b.Image.Caption);
            w.Property("credit", b.Image.Credit);
            w.Property("url", b.Image.Url);
            w.EndObject();
        }

        w.StringArray("topics", b.Topics);
        w.Key("sections");
        w.StartArray();
        foreach (var s in b.Sections)
        {
            w.StartObject();
            w.Property("heading", s.Heading);
            w.StringArray("paragraphs", s.Paragraphs);
            w.EndObject();
        }

        w.EndArray();
        w.Property("disclaimer", b.Disclaimer);
        w.Key("license");
        if (b.License is null)
        {
            w.Null();
        }
        else
        {
            w.StartObject();
            w.Property("id", b.License.Id);
            w.Property("label", b.License.Label);
            w.Property("name", b.License.Name);
            w.Property("url", b.License.Url);
            w.EndObject();
        }

        w.Key("related");
        w.StartArray();
        foreach (var r in b.Related)
        {
            w.StartObject();
            w.Property("label", r.Label);
            w.Property("summary", r.Summary);
            w.EndObject();
        }

        w.EndArray();
        w.Property("format", FormatName(b.Format));
        w.EndObject();
    }
}
