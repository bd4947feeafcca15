using System.Buffers;
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

        var chars = ArrayPool<char>.Shared.Rent(content.Length);
        try
        {
            var status = Utf8.ToUtf16(content, chars, out var read, out var written, replaceInvalidSequences: false);
            if (status != System.Buffers.OperationStatus.Done)
            {
                var offset = bomLength + read;
                diagnostics.Report(Descriptors.InvalidUtf8, path, LineOfByte(bytes, offset), 0, offset);
                return null;
            }

            var text = new string(chars, 0, written);
            if (!allowBlank && IsBlank(text))
            {
                diagnostics.Report(Descriptors.WhitespaceSeed, path, 0, 0);
                return null;
            }

            return new SourceText(path, text);
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
        var nul = content.IndexOf((byte)0);
        if (nul >= 0)
        {
            return nul;
        }

        var first = -1;
        var count = 0;
        for (var i = 0; i < content.Length; i++)
        {
            var b = content[i];
            if (b is (< 0x20 and not (0x09 or 0x0A or 0x0B or 0x0C or 0x0D)) or 0x7F)
            {
                count++;
                if (first < 0)
                {
                    first = i;
                }
            }
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
