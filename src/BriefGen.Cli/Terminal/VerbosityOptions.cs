using System.CommandLine;

namespace BriefGen.Cli.Terminal;

/// <summary><c>--quiet</c>/<c>-q</c> and <c>--verbose</c>/<c>-v</c>, the same for every command that builds; giving both is a usage error.</summary>
internal sealed class VerbosityOptions
{
    private readonly Option<bool> _quiet = new("--quiet", "-q") { Description = "Print only warnings and errors: no summary, no progress." };
    private readonly Option<bool> _verbose = new("--verbose", "-v") { Description = "Also print the resolved paths, what the build read, rendered and kept, and the time of each stage." };

    /// <summary>Adds both options to <paramref name="command"/>, and the check that they are not given together.</summary>
    public void AddTo(Command command)
    {
        command.Options.Add(_quiet);
        command.Options.Add(_verbose);
        command.Validators.Add(result =>
        {
            if (result.GetValue(_quiet) && result.GetValue(_verbose))
            {
                result.AddError("--quiet and --verbose cannot be used together");
            }
        });
    }

    /// <summary>The verbosity the command line asks for.</summary>
    public Verbosity Of(ParseResult parse)
        => parse.GetValue(_quiet) ? Verbosity.Quiet : parse.GetValue(_verbose) ? Verbosity.Verbose : Verbosity.Normal;
}
