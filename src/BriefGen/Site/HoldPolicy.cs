using BriefGen.Model;

namespace BriefGen.Site;

/// <summary>
/// Which briefs the site holds back at one instant (drafts, embargoed and expired briefs) and which of those the
/// build includes all the same (<c>--drafts</c>, <c>--future</c>, <c>--expired</c>).
/// </summary>
/// <param name="Now">The build's instant, read once per build.</param>
/// <param name="Included">The reasons a held brief is included anyway.</param>
internal sealed record HoldPolicy(DateTimeOffset Now, HoldReasons Included)
{
    /// <summary>Why <paramref name="brief"/> is held at <see cref="Now"/>; <see cref="HoldReasons.None"/> when it is published.</summary>
    public HoldReasons ReasonsFor(SlimBrief brief)
    {
        var reasons = brief.Draft ? HoldReasons.Draft : HoldReasons.None;
        if (brief.Embargo is not null && (!ScheduleDate.TryParse(brief.Embargo, out var embargo) || Now < embargo.Instant))
        {
            reasons |= HoldReasons.Embargoed;
        }

        if (brief.Expires is not null && (!ScheduleDate.TryParse(brief.Expires, out var expiry) || Now >= expiry.Instant))
        {
            reasons |= HoldReasons.Expired;
        }

        return reasons;
    }

    /// <summary>True when a brief held for <paramref name="reasons"/> is left out: some reason is not included.</summary>
    public bool LeavesOut(HoldReasons reasons) => (reasons & ~Included) != HoldReasons.None;

    /// <summary>The first instant after <see cref="Now"/> at which <paramref name="brief"/>'s embargo lifts or its expiry falls; null when none is ahead.</summary>
    public DateTimeOffset? NextChange(SlimBrief brief)
    {
        DateTimeOffset? next = null;
        foreach (var text in (ReadOnlySpan<string?>)[brief.Embargo, brief.Expires])
        {
            if (text is not null && ScheduleDate.TryParse(text, out var date) && date.Instant > Now && (next is null || date.Instant < next))
            {
                next = date.Instant;
            }
        }

        return next;
    }
}
