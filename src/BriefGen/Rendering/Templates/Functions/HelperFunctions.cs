using System.Buffers;
using System.Collections;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using BriefGen.Diagnostics;
using BriefGen.Rendering.Language;
using BriefGen.Rendering.Templates;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace BriefGen.Rendering.Templates.Functions;

/// <summary>
/// The helper functions every template sees (documented in <c>docs/templates.md</c>): <c>json</c>, <c>xml</c>,
/// <c>abs_url</c>, <c>list_sep</c> and <c>t</c> (the words of the site's language), plus the safe <c>include</c> and
/// <c>include_cached</c>. Built once per build and read-only, so one object serves all threads.
/// </summary>
internal static class HelperFunctions
{
    private static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_jsonBuffer;

    [ThreadStatic]
    private static Utf8JsonWriter? t_jsonWriter;

    public static ScriptObject Create(string? baseUrl, SiteStrings strings, IScriptCustomFunction include, IScriptCustomFunction includeCached)
    {
        var functions = new ScriptObject();
        functions.SetValue("json", new DirectFunction(1, (_, _, a) => Json(a[0])), readOnly: true);
        functions.SetValue("xml", new DirectFunction(1, (_, _, a) => Xml(a[0])), readOnly: true);
        functions.SetValue("abs_url", new DirectFunction(1, (c, _, a) => baseUrl is null || a[0] is null ? null : baseUrl + c.ObjectToString(a[0])), readOnly: true);
        functions.SetValue("list_sep", new DirectFunction(2, (c, n, a) => strings.ListSeparator(c.ToInt(n?.Span ?? default, a[0]), c.ToInt(n?.Span ?? default, a[1]))), readOnly: true);
        functions.SetValue("t", new DirectFunction(1, (c, n, a) => Translate(strings, c, n, a), optional: 1), readOnly: true);
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

    /// <summary>
    /// <c>t 'key'</c>, or <c>t 'key' {name: value}</c>: the words of <c>key</c> in the site's language, placeholders
    /// filled. Text, escaped where it lands like any other. A key the table lacks is reported and printed as itself.
    /// </summary>
    private static string Translate(SiteStrings strings, TemplateContext context, ScriptNode? caller, ScriptArray arguments)
    {
        var key = context.ObjectToString(arguments[0]) ?? "";
        if (!strings.Has(key))
        {
            (context as BriefTemplateContext)?.Diagnostics?.Add(LocatedDiagnostic.At(Descriptors.TemplateUnknownString, caller?.Span ?? default, key, Suggestions.DidYouMean(key, strings.Keys)));
            return key;
        }

        // Scriban gives a missing optional argument as null.
        return (arguments.Count == 1 ? null : arguments[1]) switch
        {
            null => strings.Text(key),
            ScriptObject values => strings.Format(key, values.ToDictionary(v => v.Key, v => (object?)v.Value, StringComparer.Ordinal)),
            _ => throw new ScriptRuntimeException(caller?.Span ?? default, $"the values of '{key}' must be an object such as {{count: 3}}"),
        };
    }

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
