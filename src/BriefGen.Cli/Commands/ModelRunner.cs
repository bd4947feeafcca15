using System.Text;
using BriefGen.Diagnostics;
using BriefGen.Model.Json;
using BriefGen.Reading;

namespace BriefGen.Cli.Commands;

/// <summary>
/// What <c>briefgen model</c> does: gathers the seeds named (files, or folders by the discovery rules), reads
/// each with its sidecar, and prints one model to standard output or writes <c>DIR/&lt;stem&gt;.json</c> per seed.
/// Exit code 0, 1 when any error was reported, 2 for a usage error.
/// </summary>
internal static class ModelRunner
{
    public static int Run(IReadOnlyList<string> seedArgs, string? outputDir, CliConsole console)
    {
        var bag = new DiagnosticBag();
        var loader = SeedLoader.CreateDefault();
        var files = Gather(seedArgs, loader, bag);

        if (outputDir is null && files.Count > 1)
        {
            ConsoleDiagnosticWriter.Write(console, bag.ToImmutable());
            var named = string.Join(", ", files.Take(3).Select(f => f.DisplayPath)) + (files.Count > 3 ? ", …" : string.Empty);
            console.WriteErrorLine($"briefgen model: error: {files.Count} seeds given ({named}); without -o DIR only one model can be printed");
            return CliApp.UsageError;
        }

        if (files.Count == 0 && !bag.HasErrors)
        {
            ConsoleDiagnosticWriter.Write(console, bag.ToImmutable());
            console.WriteErrorLine("briefgen model: error: no seeds found in " + string.Join(", ", seedArgs));
            return 1;
        }

        var failed = outputDir is null
            ? PrintOne(files, loader, console, bag)
            : WriteAll(files, outputDir, loader, console, bag);

        ConsoleDiagnosticWriter.Write(console, bag.ToImmutable());
        return failed || bag.HasErrors ? 1 : 0;
    }

    /// <summary>The seeds the arguments name, in argument order, each once; display paths as typed, with <c>/</c>.</summary>
    private static List<SeedFile> Gather(IReadOnlyList<string> seedArgs, SeedLoader loader, DiagnosticBag bag)
    {
        var files = new List<SeedFile>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var arg in seedArgs)
        {
            var display = arg.Replace('\\', '/');
            IEnumerable<SeedFile> found;
            if (Directory.Exists(arg))
            {
                found = loader.DiscoverAs(arg, display, bag);
            }
            else if (File.Exists(arg))
            {
                found = [SeedLoader.FileAt(arg, display)];
            }
            else
            {
                bag.Report(Descriptors.SeedNotFound, display, 0, 0);
                continue;
            }

            files.AddRange(found.Where(f => seen.Add(f.FullPath)));
        }

        return files;
    }

    private static bool PrintOne(List<SeedFile> files, SeedLoader loader, CliConsole console, DiagnosticBag bag)
    {
        if (files.Count == 0)
        {
            return true;
        }

        var loaded = loader.Load(files[0]);
        bag.AddRange(loaded.Diagnostics);
        if (loaded.Brief is null)
        {
            return true;
        }

        console.WriteOutput(BriefJson.Serialize(loaded.Brief));
        return false;
    }

    private static bool WriteAll(List<SeedFile> files, string outputDir, SeedLoader loader, CliConsole console, DiagnosticBag bag)
    {
        // Two seeds with one stem would write one file: an error naming both, and neither is written.
        var byName = files.GroupBy(f => Path.GetFileNameWithoutExtension(f.FullPath), StringComparer.OrdinalIgnoreCase).ToList();
        try
        {
            Directory.CreateDirectory(outputDir);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            console.WriteErrorLine($"briefgen model: error: cannot create the folder '{outputDir}': {ex.Message}");
            return true;
        }

        var failed = false;
        foreach (var group in byName)
        {
            var members = group.ToArray();
            if (members.Length > 1)
            {
                foreach (var other in members.Skip(1))
                {
                    bag.Report(Descriptors.DuplicateStem, members[0].DisplayPath, 0, 0, group.Key, members[0].DisplayPath, other.DisplayPath);
                }

                continue;
            }

            var loaded = loader.Load(members[0]);
            bag.AddRange(loaded.Diagnostics);
            if (loaded.Brief is null)
            {
                failed = true;
                continue;
            }

            var target = Path.Combine(outputDir, Path.GetFileNameWithoutExtension(members[0].FullPath) + ".json");
            try
            {
                File.WriteAllBytes(target, Encoding.UTF8.GetBytes(BriefJson.Serialize(loaded.Brief)));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                console.WriteErrorLine($"briefgen model: error: cannot write '{target.Replace('\\', '/')}': {ex.Message}");
                failed = true;
            }
        }

        return failed;
    }
}
