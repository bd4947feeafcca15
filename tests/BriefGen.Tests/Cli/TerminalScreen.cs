using System.Text;

namespace BriefGen.Tests.Cli;

/// <summary>What a terminal shows after some output: <c>\r</c> returns to the start of the line, <c>ESC[K</c> erases to its end.</summary>
internal static class TerminalScreen
{
    public static string Show(string output)
    {
        var screen = new StringBuilder();
        var line = new StringBuilder();
        var column = 0;
        for (var i = 0; i < output.Length; i++)
        {
            switch (output[i])
            {
                case '\r':
                    column = 0;
                    break;
                case '\n':
                    screen.Append(line).Append('\n');
                    line.Clear();
                    column = 0;
                    break;
                case '\e' when output.AsSpan(i).StartsWith("\e[K"):
                    line.Length = column;
                    i += 2;
                    break;
                default:
                    if (column < line.Length)
                    {
                        line[column] = output[i];
                    }
                    else
                    {
                        line.Append(output[i]);
                    }

                    column++;
                    break;
            }
        }

        return screen.Append(line).ToString();
    }
}
