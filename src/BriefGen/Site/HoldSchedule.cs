namespace BriefGen.Site;

/// <summary>What the build summary says of held briefs: how many are left out, and when the next embargo lifts or expiry falls.</summary>
internal sealed class HoldSchedule
{
    /// <summary>How many briefs are held out of the site.</summary>
    public int HeldOut { get; private set; }

    /// <summary>The first instant after the build's at which some brief's embargo lifts or expiry falls; null when none is ahead.</summary>
    public DateTimeOffset? NextChange { get; private set; }

    /// <summary>Counts one brief: whether it is held out, and when it next changes (null: never).</summary>
    public void Consider(DateTimeOffset? nextChange, bool heldOut)
    {
        HeldOut += heldOut ? 1 : 0;
        if (nextChange is { } next && (NextChange is null || next < NextChange))
        {
            NextChange = next;
        }
    }
}
