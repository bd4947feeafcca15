using System.Diagnostics.CodeAnalysis;
using System.Reflection;

namespace BriefGen.Cli;

/// <summary>Loads the assemblies a build uses ahead of need.</summary>
internal static class AssemblyPreloader
{
    /// <summary>The feature switch the natively compiled CLI sets to false (BriefGen.Cli.csproj).</summary>
    private const string LoadsAssemblyFilesSwitch = "BriefGen.Cli.LoadsAssemblyFiles";

    /// <summary>
    /// Whether the code runs from assembly files the runtime opens on first use: true on the JIT, false when compiled
    /// natively, where every method is in the one executable and there is nothing left to load (the compiler then
    /// drops <see cref="LoadReferencesOf"/> altogether).
    /// </summary>
    [FeatureSwitchDefinition(LoadsAssemblyFilesSwitch)]
    [FeatureGuard(typeof(RequiresUnreferencedCodeAttribute))]
    [FeatureGuard(typeof(RequiresAssemblyFilesAttribute))]
    public static bool LoadsAssemblyFiles { get; } = !AppContext.TryGetSwitch(LoadsAssemblyFilesSwitch, out var loads) || loads;

    /// <summary>
    /// Loads the assemblies <paramref name="roots"/> reference and those the libraries they ship with reference
    /// (Scriban's <c>System.Linq.Expressions</c> loads lazily, the first time a template reads a member, which may be
    /// while descriptors run out). The shared framework's own references are not followed: that would load dozens a
    /// build never uses, at a cost to every start. One that cannot be loaded is left to load, or fail, when it is used.
    /// </summary>
    [RequiresUnreferencedCode("Follows assembly references by name; only for assemblies loaded from files.")]
    [RequiresAssemblyFiles("Tells the shared framework's assemblies by their files' folder.")]
    public static void LoadReferencesOf(params Assembly[] roots)
    {
        var seen = new HashSet<string>(roots.Select(r => r.GetName().Name!), StringComparer.Ordinal);
        var pending = new Queue<Assembly>(roots);
        while (pending.TryDequeue(out var assembly))
        {
            foreach (var name in assembly.GetReferencedAssemblies().Where(n => seen.Add(n.Name!)))
            {
                try
                {
                    var loaded = Assembly.Load(name);
                    if (!IsFramework(loaded))
                    {
                        pending.Enqueue(loaded);
                    }
                }
                catch (Exception e) when (e is FileNotFoundException or FileLoadException or BadImageFormatException)
                {
                    // an optional reference this installation lacks: the build never needs it, or reports it when it does
                }
            }
        }
    }

    [RequiresAssemblyFiles("Reads the assembly's file path.")]
    private static bool IsFramework(Assembly assembly)
        => assembly.Location.StartsWith(System.Runtime.InteropServices.RuntimeEnvironment.GetRuntimeDirectory(), StringComparison.Ordinal);
}
