using System.Collections;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Scriban.Runtime;

namespace BriefGen.Rendering.Functions;

/// <summary>
/// The helper functions every template sees (documented in the README, "Templates"): <c>json</c>, <c>xml</c>,
/// <c>abs_url</c> and <c>list_sep</c>, plus the safe <c>include</c>. Built once per build and read-only, so one
/// object serves all threads.
/// </summary>
internal static class HelperFunctions
{
    private static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public static ScriptObject Create(string? baseUrl, IScriptCustomFunction include)
    {
        var functions = new ScriptObject();
        functions.Import("json", new Func<object?, RawHtml>(Json));
        functions.Import("xml", new Func<object?, RawHtml>(Xml));
        functions.Import("abs_url", new Func<string?, string?>(path => baseUrl is null || path is null ? null : baseUrl + path));
        functions.Import("list_sep", new Func<int, int, string>(ListSeparator));
        functions.Import(CaptureRewriter.RawCaptureFunction, new Func<object?, RawHtml>(v => v as RawHtml ?? new RawHtml(v?.ToString() ?? "")));
        functions.SetValue("include", include, readOnly: true);
        functions.IsReadOnly = true;
        return functions;
    }

    /// <summary>
    /// A JSON literal safe inside <c>&lt;script&gt;</c>: the encoder escapes <c>&lt; &gt; &amp; '</c> as <c>\u003C</c>…,
    /// so no <c>&lt;/script</c> or comment opener can appear.
    /// </summary>
    internal static RawHtml Json(object? value)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, JsonOptions))
        {
            WriteJson(writer, value, 0);
        }

        return new RawHtml(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
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
