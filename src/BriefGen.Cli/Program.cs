using BriefGen.Cli;

// Every assembly a build may need is loaded now, while files can still be opened: when a build runs out of file
// descriptors (EMFILE), the runtime must not need to open an assembly to run the code that reports it, or the process
// dies unreported (a failed load is remembered for the rest of the process). Compiled natively, there is none to load.
if (AssemblyPreloader.LoadsAssemblyFiles)
{
    AssemblyPreloader.LoadReferencesOf(typeof(BriefGen.BriefGenerator).Assembly, typeof(System.ComponentModel.Win32Exception).Assembly);
}

return CliApp.Run(args, CliConsole.Standard);
