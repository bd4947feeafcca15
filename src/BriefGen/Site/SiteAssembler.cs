using BriefGen.Diagnostics;
using BriefGen.Model;
using BriefGen.Reading;

namespace BriefGen.Site;

/// <summary>
/// Turns the briefs read from seeds into a <see cref="Site"/>: unique slugs (BG2001 names both files), site order,
/// the topic, author, program and kind indexes, and each brief's other briefs on its topics (<see cref="MoreOnTopics"/>,
/// bounded per brief). Linear in the number of briefs apart from the one sort. It is
/// also the one gate for held briefs (<see cref="HoldPolicy"/>): a brief it leaves out is in no list, index, count,
/// feed or page, as nothing downstream ever sees it.
/// </summary>
internal static class SiteAssembler
{
    /// <summary>
    /// Assembles a site of briefs made in memory, all kept whole; briefs whose slug is taken are reported and left out,
    /// and so are held briefs (by <paramref name="holds"/>; default: none included, held at the current instant).
    /// </summary>
    public static Site Assemble(SiteConfig config, IEnumerable<(string SourcePath, Brief Brief)> briefs, DiagnosticBag diagnostics, HoldPolicy? holds = null)
    {
        var store = new SeedStore(null);
        return Assemble(config, [.. briefs.Select(b => (b.SourcePath, store.Keep(b.Brief)))], diagnostics, store, holds ?? new HoldPolicy(DateTimeOffset.UtcNow, HoldReasons.None));
    }

    /// <summary>
    /// Assembles the site of the briefs read into <paramref name="store"/>; briefs whose slug is taken are reported and
    /// left out, and so are the briefs <paramref name="holds"/> leaves out.
    /// </summary>
    public static Site Assemble(SiteConfig config, IReadOnlyCollection<(string SourcePath, SlimBrief Brief)> briefs, DiagnosticBag diagnostics, SeedStore store, HoldPolicy holds)
    {
        var expected = briefs.Count;
        var bySlug = new Dictionary<string, string>(expected, StringComparer.Ordinal);
        var placed = new List<SiteBrief>(expected);
        var schedule = new HoldSchedule();
        foreach (var (path, brief) in briefs)
        {
            if (!bySlug.TryAdd(brief.Slug, path))
            {
                diagnostics.Report(Descriptors.DuplicateSlug, path, 1, 1, brief.Slug, bySlug[brief.Slug]);
                continue;
            }

            var hold = holds.ReasonsFor(brief);
            schedule.Consider(holds.NextChange(brief), heldOut: holds.LeavesOut(hold));
            if (!holds.LeavesOut(hold))
            {
                placed.Add(new SiteBrief(brief, path, BriefDate.TryParse(brief.Published), PermalinkPattern.Url(config.Permalink, brief.Slug))
                {
                    Hashes = store.HashesOf(brief), Hold = hold,
                });
            }
        }

        placed.Sort(CompareSiteOrder);
        if (config.ShowRelated)
        {
            MoreOnTopics.Fill(placed);
        }

        var site = new Site(config, placed, store) { Schedule = schedule };
        foreach (var b in placed)
        {
            Index(site, b, diagnostics);
        }

        foreach (var taxonomy in site.Taxonomies)
        {
            taxonomy.Seal();
        }

        return site;
    }

    /// <summary>Newest first; undated after dated, by title; the slug breaks every remaining tie.</summary>
    internal static int CompareSiteOrder(SiteBrief a, SiteBrief b)
    {
        if (a.Date is not null && b.Date is not null)
        {
            var byDate = b.Date.Instant.CompareTo(a.Date.Instant);
            if (byDate != 0)
            {
                return byDate;
            }
        }
        else if (a.Date is not null || b.Date is not null)
        {
            return a.Date is not null ? -1 : 1;
        }

        var byTitle = StringComparer.Ordinal.Compare(a.Brief.Title, b.Brief.Title);
        return byTitle != 0 ? byTitle : StringComparer.Ordinal.Compare(a.Brief.Slug, b.Brief.Slug);
    }

    private static void Index(Site site, SiteBrief b, DiagnosticBag diagnostics)
    {
        // Indexed loops: a foreach over the lists' interface would box an enumerator per brief and field.
        var topics = b.Brief.Topics;
        for (var i = 0; i < topics.Count; i++)
        {
            Term(site, site.Topics, topics[i], b, diagnostics)?.Add(b);
        }

        var authors = b.Brief.Authors;
        for (var i = 0; i < authors.Count; i++)
        {
            var author = authors[i];
            var term = Term(site, site.Authors, author.Name, b, diagnostics);
            term?.Add(b);
            if (term is not null && term.Bio is null && !string.IsNullOrEmpty(author.Bio))
            {
                term.Bio = author.Bio; // briefs come newest first, so the first bio seen is the newest
            }
        }

        if (!string.IsNullOrEmpty(b.Brief.Program))
        {
            Term(site, site.Programs, b.Brief.Program, b, diagnostics)?.Add(b);
        }

        if (!string.IsNullOrEmpty(b.Brief.Kind))
        {
            Term(site, site.Kinds, b.Brief.Kind, b, diagnostics)?.Add(b);
        }
    }

    /// <summary>
    /// The term page a name belongs to; a name that folds to no slug gets none, with BG2003, and so does every name of
    /// a taxonomy without pages.
    /// </summary>
    private static TaxonomyTerm? Term(Site site, Taxonomy taxonomy, string name, SiteBrief b, DiagnosticBag diagnostics)
    {
        if (!site.Taxonomies.Contains(taxonomy))
        {
            return null;
        }

        var term = taxonomy.GetOrAdd(name);
        if (term is null)
        {
            diagnostics.Report(Descriptors.EmptyTermSlug, b.SourcePath, 1, 1, taxonomy.Singular.ToLowerInvariant(), name);
        }

        return term;
    }
}
