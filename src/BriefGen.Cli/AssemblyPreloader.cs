using System.Reflection;

namespace BriefGen.Cli;

/// <summary>Loads the assemblies a build uses ahead of need.</summary>
internal static class AssemblyPreloader
{
    /// <summary>
    /// Loads the assemblies <paramref name="roots"/> reference directly (what the library's own code calls; theirs load
    /// with them as they are used). One that cannot be loaded is left to load, or fail, when it is used.
    /// </summary>
    public static void LoadReferencesOf(params Assembly[] roots)
    {
        foreach (var name in roots.SelectMany(r => r.GetReferencedAssemblies()))
        {
            try
            {
                Assembly.Load(name);
            }
            catch (Exception e) when (e is FileNotFoundException or FileLoadException or BadImageFormatException)
            {
                // an optional reference this installation lacks: the build never needs it, or reports it when it does
            }
        }
    }
}
