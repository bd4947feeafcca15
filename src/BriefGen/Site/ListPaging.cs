namespace BriefGen.Site;

/// <summary>Where the pages of a paginated list of briefs go: <c>base/</c>, <c>base/page/2/</c>…</summary>
internal static class ListPaging
{
    /// <summary>How many pages a list of <paramref name="items"/> has (one, even when empty).</summary>
    public static int PageCount(int items, int pageSize) => Math.Max(1, (items + pageSize - 1) / pageSize);

    /// <summary>The site-relative URL of page <paramref name="number"/> of a list at <paramref name="baseUrl"/> (<c>""</c> for the home page).</summary>
    public static string PageUrl(string baseUrl, int number) => number == 1 ? baseUrl : $"{baseUrl}page/{number}/";
}
