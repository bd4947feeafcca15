using System.Text;

namespace BriefGen.Rendering.Templates;

/// <summary>
/// Turns a rendered page into the bytes written: line ends as <c>\n</c>, trailing white space trimmed, one final
/// <c>\n</c>, UTF-8. Encodes straight into a per-thread buffer, so a page costs no copies beyond its text.
/// </summary>
internal static class PageBytes
{
    [ThreadStatic]
    private static byte[]? t_buffer;

    /// <summary>The page's bytes; valid until the next call on the same thread (the renderer writes them at once).</summary>
    public static ReadOnlyMemory<byte> Encode(string text) => Encode(text.AsSpan());

    /// <summary>The bytes of a page still in its output buffer, read in place when the buffer is one chunk (a pooled one is).</summary>
    public static ReadOnlyMemory<byte> Encode(StringBuilder page)
    {
        var chunks = page.GetChunks();
        if (chunks.MoveNext() && chunks.Current is var first && !chunks.MoveNext())
        {
            return Encode(first.Span);
        }

        return Encode(page.ToString());
    }

    private static ReadOnlyMemory<byte> Encode(ReadOnlySpan<char> text)
    {
        var joined = text.Contains('\r') ? text.ToString().Replace("\r\n", "\n", StringComparison.Ordinal) : null;
        var span = (joined is null ? text : joined.AsSpan()).TrimEnd();
        var needed = Encoding.UTF8.GetMaxByteCount(span.Length) + 1;
        var buffer = t_buffer;
        if (buffer is null || buffer.Length < needed)
        {
            t_buffer = buffer = new byte[Math.Max(needed, 256 * 1024)];
        }

        var length = Encoding.UTF8.GetBytes(span, buffer);
        buffer[length] = (byte)'\n';
        return buffer.AsMemory(0, length + 1);
    }
}
