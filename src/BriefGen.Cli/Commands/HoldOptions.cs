using System.CommandLine;

namespace BriefGen.Cli.Commands;

/// <summary><c>--drafts</c>, <c>--future</c>, <c>--expired</c> and <c>--now</c>: which held briefs a build includes, and at what instant.</summary>
internal sealed class HoldOptions
{
    private readonly Option<bool> _drafts = new("--drafts") { Description = "Also build drafts (draft: true)." };
    private readonly Option<bool> _future = new("--future") { Description = "Also build briefs whose embargo has not lifted yet." };
    private readonly Option<bool> _expired = new("--expired") { Description = "Also build briefs that have expired." };
    private readonly Option<DateTimeOffset?> _now = new("--now")
    {
        Description = "Judge embargoes and expiries at this ISO 8601 instant with an offset (default: the clock), for a reproducible build.",
        CustomParser = result =>
        {
            var text = result.Tokens[0].Value;
            if (SiteBuildOptions.TryParseNow(text, out var now))
            {
                return now;
            }

            result.AddError($"--now must be a date-time with an offset, e.g. 2025-06-01T09:00:00-04:00, not '{text}'");
            return null;
        },
    };

    /// <summary>Adds the four options to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        command.Options.Add(_drafts);
        command.Options.Add(_future);
        command.Options.Add(_expired);
        command.Options.Add(_now);
    }

    /// <summary><paramref name="options"/> with what the command line says of held briefs.</summary>
    public SiteBuildOptions Apply(ParseResult parse, SiteBuildOptions options) => options with
    {
        IncludeDrafts = parse.GetValue(_drafts), IncludeFuture = parse.GetValue(_future), IncludeExpired = parse.GetValue(_expired), Now = parse.GetValue(_now),
    };
}
