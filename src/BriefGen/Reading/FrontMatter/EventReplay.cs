using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace BriefGen.Reading.FrontMatter;

/// <summary>A YAML parser that replays events parsed before, so a text is scanned once however many passes read it.</summary>
internal sealed class EventReplay(IReadOnlyList<ParsingEvent> events) : IParser
{
    private int _next;

    /// <inheritdoc/>
    public ParsingEvent? Current { get; private set; }

    /// <inheritdoc/>
    public bool MoveNext()
    {
        Current = _next < events.Count ? events[_next++] : null;
        return Current is not null;
    }
}
