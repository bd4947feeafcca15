using BriefGen.Site;
using Scriban.Runtime;

namespace BriefGen.Rendering.Pages;

/// <summary>
/// Builds the <c>paginator</c> variable of a list page (<see cref="ListPaging"/> places them). The page
/// links are a window (first, last, and two either side of the current page), so each page costs O(1) links and a
/// site of 100,000 briefs stays linear.
/// </summary>
internal static class Paginator
{
    public static ScriptObject Create(string baseUrl, int number, int total, ScriptArray items)
    {
        var pages = new ScriptArray();
        var shown = new SortedSet<int> { 1, total };
        for (var n = Math.Max(1, number - 2); n <= Math.Min(total, number + 2); n++)
        {
            shown.Add(n);
        }

        var last = 0;
        foreach (var n in shown)
        {
            if (last != 0 && n != last + 1)
            {
                pages.Add(ScriptModel.Obj(("gap", true)));
            }

            pages.Add(ScriptModel.Obj(("number", n), ("url", ListPaging.PageUrl(baseUrl, n)), ("current", n == number), ("gap", false)));
            last = n;
        }

        return ScriptModel.Obj(
            ("items", items),
            ("page_number", number),
            ("total_pages", total),
            ("previous_url", number > 1 ? ListPaging.PageUrl(baseUrl, number - 1) : null),
            ("next_url", number < total ? ListPaging.PageUrl(baseUrl, number + 1) : null),
            ("pages", pages));
    }
}
