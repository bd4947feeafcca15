using System.Text;
using Scriban.Runtime;

namespace BriefGen.Rendering.Templates;

/// <summary>
/// Output buffers for pages, captures and includes, kept per thread and reused. Scriban gives each capture and
/// include a fresh 16-character builder: it grows in chunks, and clearing a builder of several chunks allocates
/// its whole capacity again, so a page passed through a capture and a layout cost several times its size in
/// garbage. A reused buffer has grown to fit once and stays one chunk.
/// </summary>
internal static class OutputPool
{
    private const int InitialChars = 64 * 1024;

    /// <summary>A buffer that grew past this is dropped, not kept (one huge page must not pin its memory).</summary>
    private const int MaxKeptChars = 1024 * 1024;

    /// <summary>Nested captures and includes deeper than this take fresh buffers.</summary>
    private const int MaxKept = 16;

    [ThreadStatic]
    private static Stack<StringBuilderOutput>? t_free;

    /// <summary>An empty buffer; give it back with <see cref="Return"/> once its text was taken.</summary>
    public static StringBuilderOutput Rent()
        => t_free is { Count: > 0 } free ? free.Pop() : new StringBuilderOutput(new StringBuilder(InitialChars));

    /// <summary>Empties <paramref name="output"/> and keeps it for the next <see cref="Rent"/> on this thread.</summary>
    public static void Return(StringBuilderOutput output)
    {
        var builder = output.Builder;
        if (builder.Capacity > MaxKeptChars)
        {
            return;
        }

        builder.Clear();
        var free = t_free ??= new Stack<StringBuilderOutput>(MaxKept);
        if (free.Count < MaxKept)
        {
            free.Push(output);
        }
    }
}
