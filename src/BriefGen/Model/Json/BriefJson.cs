using System.Text;

namespace BriefGen.Model.Json;

/// <summary>
/// Writes a <see cref="Brief"/> as the contract's JSON (<c>brief.json</c>, <c>briefgen model</c>): fixed key
/// order, camelCase, nulls and empty lists as specified, one final <c>\n</c>.
/// </summary>
public static class BriefJson
{
    [ThreadStatic]
    private static StringBuilder? t_builder;

    /// <summary>The brief as JSON text, ending in one <c>\n</c>.</summary>
    public static string Serialize(Brief brief)
    {
        // One builder per thread, large enough for a long brief, so serialising never regrows or re-copies it.
        var sb = t_builder ??= new StringBuilder(64 * 1024);
        sb.Clear();
        Append(sb, brief);
        var json = sb.ToString();
        if (sb.Capacity > 1024 * 1024)
        {
            t_builder = null; // do not keep a huge buffer alive after one outsized brief
        }

        return json;
    }

    /// <summary>Appends the brief's JSON text, ending in one <c>\n</c>, to <paramref name="sb"/> (a site build encodes it from there).</summary>
    internal static void Append(StringBuilder sb, Brief brief)
    {
        Write(new JsonTextWriter(sb), brief);
        sb.Append('\n');
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
        ObjectArray(w, "authors", b.Authors, a => { w.Property("name", a.Name); w.Property("bio", a.Bio); });
        NullableObject(w, "image", b.Image, i =>
        {
            w.Property("caption", i.Caption);
            w.Property("credit", i.Credit);
            w.Property("url", i.Url);
        });
        w.StringArray("topics", b.Topics);
        ObjectArray(w, "sections", b.Sections, s => { w.Property("heading", s.Heading); w.StringArray("paragraphs", s.Paragraphs); });
        w.Property("disclaimer", b.Disclaimer);
        NullableObject(w, "license", b.License, l =>
        {
            w.Property("id", l.Id);
            w.Property("label", l.Label);
            w.Property("name", l.Name);
            w.Property("url", l.Url);
        });
        ObjectArray(w, "related", b.Related, r => { w.Property("label", r.Label); w.Property("summary", r.Summary); });
        w.Property("format", FormatName(b.Format));
        w.EndObject();
    }

    private static void ObjectArray<T>(JsonTextWriter w, string key, IReadOnlyList<T> items, Action<T> writeMembers)
    {
        w.Key(key);
        w.StartArray();
        foreach (var item in items)
        {
            w.StartObject();
            writeMembers(item);
            w.EndObject();
        }

        w.EndArray();
    }

    private static void NullableObject<T>(JsonTextWriter w, string key, T? value, Action<T> writeMembers)
        where T : class
    {
        w.Key(key);
        if (value is null)
        {
            w.Null();
            return;
        }

        w.StartObject();
        writeMembers(value);
        w.EndObject();
    }
}
