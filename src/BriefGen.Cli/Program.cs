using BriefGen.Cli;

return CliApp.Run(args, CliConsole.Standard);
