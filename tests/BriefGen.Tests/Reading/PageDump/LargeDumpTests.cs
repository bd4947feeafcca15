using System.Text;
using BriefGen.Tests.Infrastructure;

namespace BriefGen.Tests.Reading.PageDump;

public sealed class LargeDumpTests
{
    private const int TargetChars = 50 * 1024 * 1024;

    [Fact]
    public void Read_FiftyMegabyteDump_ReadsEveryRepeatedBlock()
    {
        var seed = PageDumpTestText.ReadFileText(Path.Combine(RepoPaths.Seeds, "000_b76aa47ddb24d270.txt"));
        var bodyStart = seed.IndexOf("\n\nWhat is North Korea", StringComparison.Ordinal);
        var footerStart = seed.IndexOf("\n\nThis work represents", StringComparison.Ordinal);
        var header = seed[..bodyStart];
        var footer = seed[footerStart..];
        const string block = "\n\nHow does block {0} end?\n\n"
                             + "A paragraph of the repeated block that is long enough to be body text, with U.S. and Dr. in it, numbered {0}.\n\n"
                             + "More on:\n\nTopic {1}\n\nShared Topic\n\nShare\n\n"
                             + "Another paragraph of the same block, again long enough to be a paragraph of body text, numbered {0}.";

        var sb = new StringBuilder(TargetChars + 4096).Append(header);
        var blocks = 0;
        while (sb.Length < TargetChars)
        {
            sb.AppendFormat(System.Globalization.CultureInfo.InvariantCulture, block, blocks, blocks % 100);
            blocks++;
        }

        sb.Append(footer);

        var result = PageDumpTestText.Read(sb.ToString());

        var brief = result.Brief!;
        Assert.Equal(blocks, brief.Sections.Count);
        Assert.Equal(2 * blocks, brief.Sections.Sum(s => s.Paragraphs.Count));
        Assert.Equal(101, brief.Topics.Count);
        Assert.Equal("How does block " + (blocks - 1) + " end?", brief.Sections[^1].Heading);
        Assert.Equal(3, brief.Related.Count);
        Assert.NotNull(brief.License);
        Assert.Equal(2, brief.Authors.Count);
    }
}
