using BriefGen.Cli;

// Loaded now, while files can still be opened: when a build runs out of file descriptors (EMFILE), the runtime must
// not need to load the assembly of the exception type it reports I/O errors with, or the process dies unreported.
_ = typeof(System.ComponentModel.Win32Exception).Assembly;

return CliApp.Run(args, CliConsole.Standard);
