using BriefGen.Model;

namespace BriefGen.Tests.Model;

public sealed class IncreasingNumbersTests
{
    /// <summary>Gaps of every width (one to five bytes), from 0 or more: what is stored is what comes back, in order.</summary>
    [Fact]
    public void Of_GivesBackTheNumbersInOrder()
    {
        var random = new Random(20261208);
        for (var round = 0; round < 300; round++)
        {
            var numbers = new List<int>();
            for (var (next, count) = (random.Next(3), random.Next(0, 200)); numbers.Count < count && next >= 0; next += 1 + random.Next(1 << random.Next(31)))
            {
                numbers.Add(next);
            }

            var stored = IncreasingNumbers.Of([.. numbers]);
            var back = new List<int>();
            foreach (var number in stored)
            {
                back.Add(number);
            }

            Assert.Equal(numbers.Count, stored.Count);
            Assert.Equal(numbers, back);
        }
    }
}
