namespace BriefGen.Site;

/// <summary>
/// "More on these topics": for each brief, up to <see cref="MaxShown"/> other briefs of the site that share at least
/// one topic with it, the most shared topics first, then in site order (newest first). Topics are told apart by their
/// slug, as topic pages are, whether or not the site has topic pages. Held briefs are not in the site, so they are
/// never chosen.
/// <para>
/// Bounded work: a brief looks only at briefs listed under its own topics, and at no more than
/// <see cref="ScanBudget"/> entries of those lists in all: the newest <c>ScanBudget / topics</c> (at least one) of each
/// of its topics. A site of 100,000 briefs therefore costs at most 100,000 × 256 visits, however popular a topic is;
/// shared topics are counted among the briefs visited, so an old brief sharing two topics can lose to newer ones
/// sharing one when both topics hold more briefs than the budget lets it see.
/// </para>
/// </summary>
internal static class MoreOnTopics
{
    /// <summary>The most briefs a list holds.</summary>
    public const int MaxShown = 3;

    /// <summary>The most topic-list entries one brief visits.</summary>
    public const int ScanBudget = 256;

    /// <summary>Sets <see cref="SiteBrief.MoreOnTopics"/> of every brief of <paramref name="briefs"/> (in site order).</summary>
    public static void Fill(IReadOnlyList<SiteBrief> briefs)
    {
        var index = new TopicIndex(briefs);
        var shared = new int[briefs.Count];
        var visited = new List<int>();
        for (var i = 0; i < briefs.Count; i++)
        {
            var topics = index.TopicsOf(i);
            if (topics.Length == 0)
            {
                continue;
            }

            var perTopic = Math.Max(1, ScanBudget / topics.Length);
            foreach (var topic in topics)
            {
                var listed = index.BriefsOf(topic);
                for (int k = 0, seen = 0; k < listed.Count && seen < perTopic; k++)
                {
                    var other = listed[k];
                    if (other == i)
                    {
                        continue;
                    }

                    seen++;
                    if (shared[other]++ == 0)
                    {
                        visited.Add(other);
                    }
                }
            }

            briefs[i].MoreOnTopics = Best(visited, shared, briefs);
            foreach (var other in visited)
            {
                shared[other] = 0;
            }

            visited.Clear();
        }
    }

    /// <summary>The <see cref="MaxShown"/> visited briefs sharing the most topics; of equals, the first in site order.</summary>
    private static SiteBrief[] Best(List<int> visited, int[] shared, IReadOnlyList<SiteBrief> briefs)
    {
        var best = new List<int>(MaxShown + 1);
        foreach (var candidate in visited)
        {
            var at = best.Count;
            while (at > 0 && Before(candidate, best[at - 1], shared))
            {
                at--;
            }

            if (at < MaxShown)
            {
                best.Insert(at, candidate);
                if (best.Count > MaxShown)
                {
                    best.RemoveAt(MaxShown);
                }
            }
        }

        return [.. best.Select(i => briefs[i])];
    }

    private static bool Before(int a, int b, int[] shared) => shared[a] != shared[b] ? shared[a] > shared[b] : a < b;

    /// <summary>The topics of each brief and the briefs of each topic (in site order), as numbers.</summary>
    private sealed class TopicIndex
    {
        private readonly int[][] _topicsOf;
        private readonly List<List<int>> _briefsOf = [];

        public TopicIndex(IReadOnlyList<SiteBrief> briefs)
        {
            var bySlug = new Dictionary<string, int>(StringComparer.Ordinal);
            var byName = new Dictionary<string, int>(StringComparer.Ordinal); // folding a name costs more than looking it up
            _topicsOf = new int[briefs.Count][];
            var topics = new List<int>();
            for (var i = 0; i < briefs.Count; i++)
            {
                foreach (var name in briefs[i].Brief.Topics)
                {
                    if (!byName.TryGetValue(name, out var topic))
                    {
                        topic = TopicOfSlug(Model.Slug.From(name), bySlug);
                        byName.Add(name, topic);
                    }

                    if (topic >= 0 && !topics.Contains(topic))
                    {
                        topics.Add(topic);
                        _briefsOf[topic].Add(i);
                    }
                }

                _topicsOf[i] = [.. topics];
                topics.Clear();
            }
        }

        public int[] TopicsOf(int brief) => _topicsOf[brief];

        public List<int> BriefsOf(int topic) => _briefsOf[topic];

        /// <summary>The topic of a slug; -1 for the empty slug, which is no topic.</summary>
        private int TopicOfSlug(string slug, Dictionary<string, int> bySlug)
        {
            if (slug.Length == 0)
            {
                return -1;
            }

            if (!bySlug.TryGetValue(slug, out var topic))
            {
                topic = _briefsOf.Count;
                bySlug.Add(slug, topic);
                _briefsOf.Add([]);
            }

            return topic;
        }
    }
}
