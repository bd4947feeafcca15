using System.Reflection;
using System.Text.RegularExpressions;
using BriefGen.Tests.Infrastructure;
using NetArchTest.Rules;

namespace BriefGen.Tests.Architecture;

/// <summary>
/// The library's stages depend one way (docs/architecture.md): each top-level folder of <c>src/BriefGen</c> is the
/// namespace <c>BriefGen.&lt;Folder&gt;</c> and may use only the folders below it. A wrong-way dependency, in code or in
/// any text of a source file (a comment, a <c>cref</c>, a string), fails here instead of in review.
/// </summary>
public sealed partial class LayeringTests
{
    /// <summary>The layers, bottom first: each may use those it lists, and nothing else of the library.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> MayUse = new Dictionary<string, string[]>
    {
        ["Diagnostics"] = [],
        ["Model"] = [],
        ["FileSystem"] = [],
        ["Hashing"] = ["Model"],
        ["Reading"] = ["Diagnostics", "Model", "FileSystem", "Hashing"],
        ["Site"] = ["Diagnostics", "Model", "FileSystem", "Hashing", "Reading"],
        ["Rendering"] = ["Diagnostics", "Model", "FileSystem", "Hashing", "Reading", "Site"],
        ["Output"] = ["Diagnostics", "Model", "FileSystem", "Hashing", "Reading", "Site", "Rendering"],
        ["Incremental"] = ["Diagnostics", "Model", "FileSystem", "Hashing", "Reading", "Site", "Rendering", "Output"],
    };

    private static readonly Assembly Library = typeof(BriefGenerator).Assembly;

    public static TheoryData<string> Layers => [.. MayUse.Keys];

    [Theory]
    [MemberData(nameof(Layers))]
    public void Layer_UsesOnlyTheLayersBelowIt(string layer)
    {
        // NetArchTest matches names by prefix: "BriefGen.Site" also matches the composer's BriefGen.SiteBuildOptions,
        // which no layer may use either.
        var forbidden = MayUse.Keys.Where(other => other != layer && !MayUse[layer].Contains(other)).Select(other => $"BriefGen.{other}")
            .Concat(ComposerTypes()).ToArray();

        var result = Types.InAssembly(Library).That().ResideInNamespaceMatching($@"^BriefGen\.{layer}(\.|$)").ShouldNot().HaveDependencyOnAny(forbidden).GetResult();

        Assert.True(result.IsSuccessful, $"BriefGen.{layer} uses a layer it may not ({string.Join(", ", MayUse[layer])} only): " + string.Join(", ", result.FailingTypeNames ?? []));
    }

    [Fact]
    public void EveryTopLevelFolder_IsALayer_AndItsNamespace()
    {
        var src = RepoPaths.InRepo("src", "BriefGen");
        var folders = Directory.GetDirectories(src).Select(Path.GetFileName).Where(f => f is not ("bin" or "obj")).Order(StringComparer.Ordinal);
        Assert.Equal(MayUse.Keys.Order(StringComparer.Ordinal), folders);

        foreach (var file in SourceFiles())
        {
            var folder = FolderOf(file);
            var expected = folder is null ? "BriefGen" : "BriefGen." + folder;
            var declared = NamespaceDeclaration().Match(File.ReadAllText(file)).Groups[1].Value;
            Assert.True(declared == expected || declared.StartsWith(expected + ".", StringComparison.Ordinal), $"{Relative(file)} declares namespace '{declared}', not {expected}");
        }
    }

    [Fact]
    public void SourceText_NamesOnlyTheLayersBelow()
    {
        var wrong = new List<string>();
        foreach (var file in SourceFiles())
        {
            if (FolderOf(file) is not { } layer)
            {
                continue; // the composer may name every layer
            }

            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                foreach (Match m in LayerMention().Matches(lines[i]))
                {
                    var named = m.Groups[1].Value;
                    var isLayer = MayUse.ContainsKey(named);
                    if ((isLayer && named != layer && !MayUse[layer].Contains(named)) || (!isLayer && IsComposerType(named)))
                    {
                        wrong.Add($"{Relative(file)}:{i + 1}: BriefGen.{named}");
                    }
                }
            }
        }

        Assert.True(wrong.Count == 0, "text naming a layer above: " + string.Join("; ", wrong));
    }

    [Fact]
    public void TheRules_CatchAWrongWayDependency()
    {
        // Reading uses Model: the same rule turned around must fail, so the rules above cannot pass vacuously.
        var result = Types.InAssembly(Library).That().ResideInNamespace("BriefGen.Reading").ShouldNot().HaveDependencyOnAny("BriefGen.Model").GetResult();

        Assert.False(result.IsSuccessful);
    }

    private static IEnumerable<string> ComposerTypes()
        => Library.GetTypes().Where(t => t.Namespace == "BriefGen" && !t.Name.StartsWith('<')).Select(t => t.FullName!);

    private static bool IsComposerType(string name) => Library.GetType("BriefGen." + name) is not null;

    private static IEnumerable<string> SourceFiles()
    {
        var src = RepoPaths.InRepo("src", "BriefGen");
        return Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories)
            .Where(f => !Path.GetRelativePath(src, f).Split(Path.DirectorySeparatorChar)[0].Equals("obj", StringComparison.Ordinal)
                        && !Path.GetRelativePath(src, f).Split(Path.DirectorySeparatorChar)[0].Equals("bin", StringComparison.Ordinal));
    }

    /// <summary>The top-level folder of a source file, or null for the composer's files at the root.</summary>
    private static string? FolderOf(string file)
    {
        var parts = Path.GetRelativePath(RepoPaths.InRepo("src", "BriefGen"), file).Split(Path.DirectorySeparatorChar);
        return parts.Length > 1 ? parts[0] : null;
    }

    private static string Relative(string file) => Path.GetRelativePath(RepoPaths.Root, file).Replace('\\', '/');

    [GeneratedRegex(@"^namespace ([\w.]+);", RegexOptions.Multiline)]
    private static partial Regex NamespaceDeclaration();

    [GeneratedRegex(@"\bBriefGen\.(\w+)")]
    private static partial Regex LayerMention();
}
