using System.Buffers;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace BriefGen.Reading.FrontMatter;

/// <summary>
/// Parses the front matter most seeds have, a flat block mapping of simple scalars with lists and one level of
/// nesting, into the events YamlDotNet's parser gives for it, values and positions alike, without its scanner (which
/// costs about a third of reading a seed). Conservative: a text with anything else (comments, blank lines, flow
/// collections, anchors, tags, escapes, multi-line or block scalars, other indentation, characters YAML gives a
/// meaning to) is left to YamlDotNet; a randomised test holds the two event streams equal.
/// <para>Accepted: lines <c>key: value</c> at the left margin, where a value is a double-quoted string without
/// <c>\</c> or a plain scalar of letters, digits, spaces and harmless punctuation; a key with nothing after it, followed
/// by the items of a list (<c>- value</c>, indented, or at the margin; indented items may be mappings of such
/// <c>key: value</c> lines) or by the <c>key: value</c> lines of an indented mapping.</para>
/// </summary>
internal static class SimpleYaml
{
    /// <summary>Characters a plain scalar may hold after its first (a letter or digit): none starts anything in YAML.</summary>
    private static readonly SearchValues<char> s_plainPunctuation = SearchValues.Create(" .,;:()/+-_'=?’‘“”–—…");

    private static readonly SearchValues<char> s_keyChars = SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-");

    /// <summary>The events of <paramref name="yaml"/> (line ends already <c>\n</c>), or null when YamlDotNet must parse it.</summary>
    public static List<ParsingEvent>? TryParse(string yaml)
    {
        var lines = Lines(yaml);
        if (lines.Count == 0)
        {
            return null;
        }

        var reader = new Reader(yaml, lines);
        return reader.Document() ? reader.Events : null;
    }

    /// <summary>Each line's start and length; a final line end ends the last line rather than starting an empty one.</summary>
    private static List<(int Start, int Length)> Lines(string yaml)
    {
        var lines = new List<(int, int)>(32);
        var start = 0;
        while (start < yaml.Length)
        {
            var end = yaml.IndexOf('\n', start);
            if (end < 0)
            {
                end = yaml.Length;
            }

            lines.Add((start, end - start));
            start = end + 1;
        }

        return lines;
    }

    private sealed class Reader(string yaml, List<(int Start, int Length)> lines)
    {
        private int _line;

        public List<ParsingEvent> Events { get; } = new(64);

        /// <summary>The root mapping and everything in it; false at the first line outside the accepted forms.</summary>
        public bool Document()
        {
            var start = MarkAt(0, 0);
            Events.Add(new StreamStart(start, start));
            Events.Add(new DocumentStart(null, DefaultTags(), true, start, start));
            Events.Add(new MappingStart(AnchorName.Empty, TagName.Empty, true, MappingStyle.Block, start, start));
            while (_line < lines.Count)
            {
                if (!KeyAndValue(0, root: true))
                {
                    return false;
                }
            }

            var end = EndOfStream();
            Events.Add(new MappingEnd(end, end));
            Events.Add(new DocumentEnd(true, end, end));
            Events.Add(new StreamEnd(end, end));
            return true;
        }

        /// <summary>
        /// A <c>key: value</c> line at <paramref name="indent"/> (or from <paramref name="column"/> of an item line);
        /// at the root, a key with nothing after it opens a list or mapping on the lines below.
        /// </summary>
        private bool KeyAndValue(int indent, bool root, int? column = null)
        {
            var text = Line(_line);
            var at = column ?? indent;
            if (column is null && Indent(text) != indent)
            {
                return false;
            }

            var keyLength = text[at..].IndexOfAnyExcept(s_keyChars);
            if (keyLength < 1 || !char.IsAsciiLetter(text[at]) || text[at + keyLength] != ':')
            {
                return false;
            }

            Events.Add(Plain(_line, at, keyLength));
            var valueAt = at + keyLength + 1;
            if (valueAt == text.Length)
            {
                _line++;
                return root && Nested();
            }

            if (text[valueAt] != ' ' || !Scalar(_line, valueAt + 1, text.Length - valueAt - 1))
            {
                return false;
            }

            _line++;
            return true;
        }

        /// <summary>The list or mapping that is the value of the root key just read.</summary>
        private bool Nested()
        {
            if (_line >= lines.Count)
            {
                return false; // an empty value
            }

            var text = Line(_line);
            var indent = Indent(text);
            if (indent < text.Length - 1 && text[indent] == '-' && text[indent + 1] == ' ')
            {
                return List(indent);
            }

            if (indent == 0)
            {
                return false; // an empty value
            }

            var start = MarkAt(_line, indent);
            Events.Add(new MappingStart(AnchorName.Empty, TagName.Empty, true, MappingStyle.Block, start, start));
            while (_line < lines.Count && Indent(Line(_line)) > 0)
            {
                if (!KeyAndValue(indent, root: false))
                {
                    return false;
                }
            }

            var end = NextToken();
            Events.Add(new MappingEnd(end, end));
            return true;
        }

        /// <summary>
        /// The items <c>- value</c> at <paramref name="indent"/>. At the margin (an "indentless" list, whose start
        /// YamlDotNet marks as the first <c>-</c>) items are scalars only; indented items may also be mappings.
        /// </summary>
        private bool List(int indent)
        {
            var dash = MarkAt(_line, indent);
            Events.Add(new SequenceStart(AnchorName.Empty, TagName.Empty, true, SequenceStyle.Block, dash, indent == 0 ? MarkAt(_line, indent + 1) : dash));
            while (_line < lines.Count && IsItem(Line(_line), indent))
            {
                var text = Line(_line);
                var valueAt = indent + 2;
                var keyLength = text[valueAt..].IndexOfAnyExcept(s_keyChars);
                if (keyLength > 0 && valueAt + keyLength < text.Length && text[valueAt + keyLength] == ':')
                {
                    if (indent == 0 || !MappingItem(indent))
                    {
                        return false;
                    }

                    continue;
                }

                if (!Scalar(_line, valueAt, text.Length - valueAt))
                {
                    return false;
                }

                _line++;
            }

            if (_line < lines.Count && Indent(Line(_line)) != 0)
            {
                return false; // an item at another indentation, or a continuation line
            }

            var end = NextToken();
            Events.Add(new SequenceEnd(end, end));
            return true;
        }

        /// <summary>An item that is a mapping: its first <c>key: value</c> after the dash, the others two columns in.</summary>
        private bool MappingItem(int indent)
        {
            var start = MarkAt(_line, indent + 2);
            Events.Add(new MappingStart(AnchorName.Empty, TagName.Empty, true, MappingStyle.Block, start, start));
            if (!KeyAndValue(indent + 2, root: false, column: indent + 2))
            {
                return false;
            }

            while (_line < lines.Count && Indent(Line(_line)) == indent + 2)
            {
                if (!KeyAndValue(indent + 2, root: false))
                {
                    return false;
                }
            }

            var end = NextToken();
            Events.Add(new MappingEnd(end, end));
            return true;
        }

        /// <summary>A double-quoted string without <c>\</c>, or a plain scalar, filling the rest of the line.</summary>
        private bool Scalar(int line, int at, int length)
        {
            var text = Line(line).Slice(at, length);
            if (text.Length >= 2 && text[0] == '"')
            {
                var content = text[1..^1];
                if (text[^1] != '"' || content.IndexOfAny('"', '\\') >= 0 || !AllPrintable(content))
                {
                    return false;
                }

                Events.Add(new YamlDotNet.Core.Events.Scalar(AnchorName.Empty, TagName.Empty, content.ToString(), ScalarStyle.DoubleQuoted, false, true, MarkAt(line, at), MarkAt(line, at + length)));
                return true;
            }

            if (!IsPlain(text))
            {
                return false;
            }

            Events.Add(Plain(line, at, length));
            return true;
        }

        private YamlDotNet.Core.Events.Scalar Plain(int line, int at, int length)
            => new(AnchorName.Empty, TagName.Empty, Line(line).Slice(at, length).ToString(), ScalarStyle.Plain, true, false, MarkAt(line, at), MarkAt(line, at + length));

        /// <summary>
        /// Starts with a letter or digit; then letters, digits, spaces and punctuation that starts nothing in a plain
        /// scalar; no <c>": "</c>, and no space or colon at the end.
        /// </summary>
        private static bool IsPlain(ReadOnlySpan<char> text)
        {
            if (text.Length == 0 || !char.IsLetterOrDigit(text[0]) || text[^1] is ' ' or ':' || text.Contains(": ", StringComparison.Ordinal))
            {
                return false;
            }

            foreach (var c in text)
            {
                if (!char.IsLetterOrDigit(c) && !s_plainPunctuation.Contains(c))
                {
                    return false;
                }

                if (c > '\u007f' && (char.IsSurrogate(c) || c == '\ufeff'))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>What YAML takes as printable, without the characters it could read as line ends or a byte order mark.</summary>
        private static bool AllPrintable(ReadOnlySpan<char> text)
        {
            foreach (var c in text)
            {
                if (c < ' ' || (c >= '\u007f' && c < '\u00a0') || c is '\u2028' or '\u2029' or '\ufeff' || c >= '\ufffe' || char.IsSurrogate(c))
                {
                    return false;
                }
            }

            return true;
        }

        private static bool IsItem(ReadOnlySpan<char> text, int indent)
            => text.Length > indent + 2 && Indent(text) == indent && text[indent] == '-' && text[indent + 1] == ' ';

        private static int Indent(ReadOnlySpan<char> text)
        {
            var indent = text.IndexOfAnyExcept(' ');
            return indent < 0 ? text.Length : indent;
        }

        private ReadOnlySpan<char> Line(int line) => yaml.AsSpan(lines[line].Start, lines[line].Length);

        /// <summary>Where the token after a closed collection starts, as YamlDotNet marks the end of the collection.</summary>
        private Mark NextToken() => _line < lines.Count ? MarkAt(_line, Indent(Line(_line))) : EndOfStream();

        /// <summary>The end of the text, where YamlDotNet ends its stream: on the line after the last.</summary>
        private Mark EndOfStream() => new(yaml.Length, lines.Count + 1, 1);

        private Mark MarkAt(int line, int column) => new(lines[line].Start + column, line + 1, column + 1);

        private static TagDirectiveCollection DefaultTags() => [new YamlDotNet.Core.Tokens.TagDirective("!", "!"), new YamlDotNet.Core.Tokens.TagDirective("!!", "tag:yaml.org,2002:")];
    }
}
