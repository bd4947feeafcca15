using BriefGen.Model;

namespace BriefGen.Tests.Model;

public sealed class SearchTermSetTests
{
    /// <summary>
    /// Dense sets (read from the bits) and sparse ones (sorted), with repeats, over numbers that make the bits grow:
    /// each comes out distinct and in increasing order, and the set is empty for the next one.
    /// </summary>
    [Fact]
    public void TakeSorted_GivesEachNumberOnceInIncreasingOrder_AndEmptiesTheSet()
    {
        var random = new Random(20261208);
        var set = new SearchTermSet();
        for (var round = 0; round < 400; round++)
        {
            var range = random.Next(1, round % 2 == 0 ? 500 : 2_000_000);
            var numbers = Enumerable.Range(0, random.Next(0, 300)).Select(_ => random.Next(range)).ToList();
            foreach (var number in numbers.Concat(numbers.Take(numbers.Count / 3)))
            {
                set.Add(number);
            }

            Assert.Equal(numbers.Distinct().Count(), set.Count);
            Assert.Equal(numbers.Distinct().Order(), set.TakeSorted());
            Assert.Equal(0, set.Count);
        }
    }
}
