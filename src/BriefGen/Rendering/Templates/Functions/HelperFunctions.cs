using System.Buffers;
using System.Collections;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using BriefGen.Rendering.Templates;
using Scriban.Runtime;

namespace BriefGen.Rendering.Templates.Functions;

/// <summary>
/// The helper functions every template sees (documented in <c>docs/templates.md</c>): <c>json</c>, <c>xml</c>,
/// <c>abs_url</c> and <c>list_sep</c>, plus the safe <c>include</c> and <c>include_cached</c>. Built once per build and read-only, so one
/// object serves all threads.
/// </summary>
internal static class HelperFunctions
{
    private static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_jsonBuffer;

    [ThreadStatic]
    private static Utf8JsonWriter? t_jsonWriter;

    public static ScriptObject Create(string? baseUrl, IScriptCustomFunction include, IScriptCustomFunction includeCached)
    {
        var functions = new ScriptObject();
        functions.SetValue("json", new DirectFunction(1, (_, _, a) => Json(a[0])), readOnly: true);
        functions.SetValue("xml", new DirectFunction(1, (_, _, a) => Xml(a[0])), readOnly: true);
        functions.SetValue("abs_url", new DirectFunction(1, (c, _, a) => baseUrl is null || a[0] is null ? null : baseUrl + c.ObjectToString(a[0])), readOnly: true);
        functions.SetValue("list_sep", new DirectFunction(2, (c, n, a) => ListSeparator(c.ToInt(n?.Span ?? default, a[0]), c.ToInt(n?.Span ?? default, a[1]))), readOnly: true);
        functions.SetValue("include", include, readOnly: true);
        functions.SetValue("include_cached", includeCached, readOnly: true);
        functions.IsReadOnly = true;
        return functions;
    }

    /// <summary>
    /// A JSON literal safe inside <c>&lt;script&gt;</c>: the encoder escapes <c>&lt; &gt; &amp; '</c> as <c>\u003C</c>…,
    /// so no <c>&lt;/script</c> or comment opener can appear.
    /// </summary>
    internal static RawHtml Json(object? value)
    {
        // A brief page prints a dozen JSON values: one buffer and writer per thread serve them all.
        var buffer = t_jsonBuffer ??= new ArrayBufferWriter<byte>(1024);
        buffer.ResetWrittenCount();
        var writer = t_jsonWriter ??= new Utf8JsonWriter(buffer, JsonOptions);
        writer.Reset(buffer);
        WriteJson(writer, value, 0);
        writer.Flush();
        var json = new RawHtml(System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan));
        if (buffer.Capacity > 1024 * 1024)
        {
            (t_jsonBuffer, t_jsonWriter) = (null, null); // one outsized value must not keep its buffer alive
        }

        return json;
    }

    /// <summary>Escapes text (or the markup of <see cref="RawHtml"/>, e.g. Atom <c>type="html"</c> content) for XML.</summary>
    internal static RawHtml Xml(object? value) => new(MarkupEscaper.Escape(value?.ToString() ?? ""));

    /// <summary>The separator before item <paramref name="index"/> (0-based) of <paramref name="count"/> in prose: "", ", ", " and ", ", and ".</summary>
    internal static string ListSeparator(int index, int count) => index switch
    {
        0 => "",
        _ when index < count - 1 => ", ",
        _ when count == 2 => " and ",
        _ => ", and ",
    };

    private static void WriteJson(Utf8JsonWriter writer, object? value, int depth)
    {
        switch (value)
        {
            case null: writer.WriteNullValue(); break;
            case bool b: writer.WriteBooleanValue(b); break;
            case int or long or double or decimal: writer.WriteRawValue(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)!); break;
            case string or RawHtml: writer.WriteStringValue(value.ToString()); break;
            case IEnumerable list when depth < 8:
                writer.WriteStartArray();
                foreach (var item in list)
                {
                    WriteJson(writer, item, depth + 1);
                }

                writer.WriteEndArray();
                break;
            default: writer.WriteStringValue(value.ToString()); break;
        }
    }
}
