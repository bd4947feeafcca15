using System.Text.Encodings.Web;
using System.Text.Json;
using BriefGen.Site;

namespace BriefGen.Rendering.Pages;

/// <summary>Writes the site-wide <c>briefs.json</c>: every brief's title, slug, url, published, authors, topics and summary, in site order.</summary>
internal static class BriefIndexJson
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static byte[] Write(IReadOnlyList<SiteBrief> briefs)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, Options))
        {
            w.WriteStartArray();
            foreach (var b in briefs)
            {
                w.WriteStartObject();
                w.WriteString("title", b.Brief.Title);
                w.WriteString("slug", b.Brief.Slug);
                w.WriteString("url", b.Url);
                w.WriteString("published", b.Brief.Published);
                w.WriteStartArray("authors");
                b.Brief.Authors.ToList().ForEach(a => w.WriteStringValue(a.Name));
                w.WriteEndArray();
                w.WriteStartArray("topics");
                b.Brief.Topics.ToList().ForEach(w.WriteStringValue);
                w.WriteEndArray();
                w.WriteString("summary", b.Brief.Summary);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }
}
