using System.Buffers;
using System.Text;
using System.Text.Unicode;
using BriefGen.Diagnostics;
using BriefGen.Model;

namespace BriefGen.Reading;

/// <summary>
/// Turns a seed's bytes into text: UTF-8 with or without a BOM, any line ends. Empty, white-space-only, binary
/// and invalid UTF-8 input is reported (BG1001, BG1002, BG1005, BG1004) instead of decoded with replacement
/// characters, so a wrong file never turns silently into a wrong brief.
/// </summary>
internal static class SeedDecoder
{
    /// <summary>More control bytes than this per 1,000 bytes (and at least <see cref="MinControlBytes"/>) is binary.</summary>
    private const int ControlBytesPerMille = 1;

    private const int MinControlBytes = 4;

    private static ReadOnlySpan<byte> Bom => [0xEF, 0xBB, 0xBF];

    /// <summary>NUL, DEL and the C0 controls other than tab, line feed, vertical tab, form feed and carriage return.</summary>
    private static readonly SearchValues<byte> ControlBytes = SearchValues.Create(
        [0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x0E, 0x0F, 0x10, 0x11, 0x12, 0x13, 0x14, 0x15, 0x16, 0x17, 0x18, 0x19, 0x1A, 0x1B, 0x1C, 0x1D, 0x1E, 0x1F, 0x7F]);

    /// <summary>
    /// Decodes <paramref name="bytes"/>; null when an error was reported. With <paramref name="allowBlank"/> (a
    /// sidecar) empty or blank text is fine and decodes to itself.
    /// </summary>
    public static SourceText? Decode(string path, ReadOnlySpan<byte> bytes, DiagnosticBag diagnostics, bool allowBlank = false)
    {
        var bomLength = bytes.StartsWith(Bom) ? Bom.Length : 0;
        var content = bytes[bomLength..];
        if (content.IsEmpty)
        {
            if (!allowBlank)
            {
                diagnostics.Report(Descriptors.EmptySeed, path, 0, 0);
                return null;
            }

            return new SourceText(path, string.Empty);
        }

        if (FindBinary(content) is int binaryAt)
        {
            var offset = bomLength + binaryAt;
            diagnostics.Report(Descriptors.BinarySeed, path, LineOfByte(bytes, offset), 0, bytes[offset], offset);
            return null;
        }

        if (!Utf8.IsValid(content))
        {
            var offset = bomLength + ValidPrefixLength(content);
            diagnostics.Report(Descriptors.InvalidUtf8, path, LineOfByte(bytes, offset), 0, offset);
            return null;
        }

        var text = Encoding.UTF8.GetString(content);
        if (!allowBlank && IsBlank(text))
        {
            diagnostics.Report(Descriptors.WhitespaceSeed, path, 0, 0);
            return null;
        }

        return new SourceText(path, text);
    }

    /// <summary>How many bytes of invalid UTF-8 decode before the first bad sequence (the error path only).</summary>
    private static int ValidPrefixLength(ReadOnlySpan<byte> content)
    {
        var chars = ArrayPool<char>.Shared.Rent(content.Length);
        try
        {
            Utf8.ToUtf16(content, chars, out var read, out _, replaceInvalidSequences: false);
            return read;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    /// <summary>True when every character is white space by the contract's rule (NBSP, tabs, line ends…).</summary>
    internal static bool IsBlank(string text)
    {
        foreach (var c in text)
        {
            if (!TextNormalizer.IsWhiteSpace(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The offset of the byte that makes the content binary: any NUL, or the first control byte when there are many
    /// (a stray form feed in a text is tolerated). Tab, line feed, vertical tab, form feed and carriage return are text.
    /// </summary>
    private static int? FindBinary(ReadOnlySpan<byte> content)
    {
        var first = content.IndexOfAny(ControlBytes);
        if (first < 0)
        {
            return null; // the common case: one vectorised scan
        }

        var nul = content.IndexOf((byte)0);
        if (nul >= 0)
        {
            return nul;
        }

        var count = 0;
        for (var at = first; at >= 0;)
        {
            count++;
            var next = content[(at + 1)..].IndexOfAny(ControlBytes);
            at = next < 0 ? -1 : at + 1 + next;
        }

        var limit = Math.Max(MinControlBytes, (long)content.Length * ControlBytesPerMille / 1000);
        return count > limit ? first : null;
    }

    /// <summary>The 1-based line a byte offset falls on (LF, CRLF or CR line ends), so the problem can be found in an editor.</summary>
    private static int LineOfByte(ReadOnlySpan<byte> bytes, int offset)
    {
        var line = 1;
        for (var i = 0; i < offset && i < bytes.Length; i++)
        {
            if (bytes[i] == '\n' || (bytes[i] == '\r' && (i + 1 >= bytes.Length || bytes[i + 1] != '\n')))
            {
                line++;
            }
        }

        return line;
    }
}
