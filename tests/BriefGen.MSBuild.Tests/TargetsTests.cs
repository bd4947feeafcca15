using System.Xml.Linq;
using BriefGen.Diagnostics;
using BriefGen.MSBuild.Tests.Infrastructure;

namespace BriefGen.MSBuild.Tests;

/// <summary>The package's .props/.targets read as XML: which UsingTask applies where, the BG5100 guard, the documented names.</summary>
public sealed class TargetsTests
{
    private const string GenerateTask = "BriefGen.MSBuild.GenerateBriefSite";

    private static readonly XDocument Targets = XDocument.Load(Path.Combine(RepoPaths.PackageBuildDir, "BriefGen.MSBuild.targets"));
    private static readonly XDocument Props = XDocument.Load(Path.Combine(RepoPaths.PackageBuildDir, "BriefGen.MSBuild.props"));

    [Theory]
    [InlineData("Full", "", true)]
    [InlineData("Core", "", false)]
    [InlineData("Core", "true", true)] // the repo's own site project asks for a task host
    public void UsingTask_ForRuntime_ExactlyOneApplies(string runtimeType, string useTaskHost, bool outOfProcess)
    {
        var properties = EvaluateTaskHostProperties(runtimeType, useTaskHost);

        foreach (var task in new[] { GenerateTask, "BriefGen.MSBuild.ReplayBriefGenWarnings", "BriefGen.MSBuild.CheckBriefGenProperties" })
        {
            AssertOneUsingTaskApplies(task, properties, outOfProcess);
        }
    }

    private static void AssertOneUsingTaskApplies(string task, Dictionary<string, string> properties, bool outOfProcess)
    {
        var applying = Targets.Descendants("UsingTask")
            .Where(u => (string?)u.Attribute("TaskName") == task)
            .Where(u => ConditionEvaluator.Evaluate((string?)u.Attribute("Condition") ?? "", properties))
            .ToList();

        var usingTask = Assert.Single(applying);
        Assert.Equal("$(_BriefGenTaskAssembly)", (string?)usingTask.Attribute("AssemblyFile"));
        if (outOfProcess)
        {
            Assert.Equal("NET", (string?)usingTask.Attribute("Runtime"));
            Assert.Equal("TaskHostFactory", (string?)usingTask.Attribute("TaskFactory"));
        }
        else
        {
            Assert.Null(usingTask.Attribute("TaskFactory"));
            Assert.Null(usingTask.Attribute("Runtime"));
        }
    }

    [Fact]
    public void Guard_OlderThanMSBuild18_FailsWithBG5100BeforeGenerating()
    {
        var guard = Targets.Descendants("Target").Single(t => (string?)t.Attribute("Name") == "_BriefGenCheckMSBuild");
        var error = guard.Elements("Error").Single();
        Assert.Equal(Descriptors.MSBuildTooOld.Id, (string?)error.Attribute("Code"));
        Assert.Equal(string.Format(System.Globalization.CultureInfo.InvariantCulture, Descriptors.MSBuildTooOld.MessageFormat, "$(MSBuildVersion)", "$(MSBuildRuntimeType)"), (string?)error.Attribute("Text"));

        var supported = Targets.Descendants("_BriefGenMSBuildSupported").Single().Value;
        Assert.Equal("$([MSBuild]::VersionGreaterThanOrEquals('$(MSBuildVersion)', '18.0'))", supported);
        Assert.Equal("'$(_BriefGenMSBuildSupported)' != 'true'", (string?)guard.Attribute("Condition"));

        // Generation depends on the guard (through the inputs target), so the task is never loaded on an old MSBuild.
        var collect = Targets.Descendants("Target").Single(t => (string?)t.Attribute("Name") == "_BriefGenCollectInputs");
        Assert.Contains("_BriefGenCheckMSBuild", (string?)collect.Attribute("DependsOnTargets"));
        var generate = Targets.Descendants("Target").Single(t => (string?)t.Attribute("Name") == "BriefGenGenerateSite");
        Assert.Contains("_BriefGenCollectInputs", (string?)generate.Attribute("DependsOnTargets"));
        Assert.Equal("'$(_BriefGenGeneratingBuild)' == 'true'", (string?)generate.Attribute("Condition"));
        var gate = Targets.Descendants("_BriefGenGeneratingBuild").Single(e => e.Value == "true");
        Assert.Contains("'$(DesignTimeBuild)' != 'true'", (string?)gate.Attribute("Condition"));
        Assert.Contains("'$(BriefGenEnabled)' == 'true'", (string?)gate.Attribute("Condition"));
    }

    [Fact]
    public void Props_DefineEveryPublicProperty_AndTheDocsListThem()
    {
        string[] expected = ["BriefGenEnabled", "BriefGenSiteDir", "BriefGenOutputDir", "BriefGenTemplatesDir", "BriefGenConfigFile", "BriefGenBaseUrl", "BriefGenCleanDestination", "BriefGenIncludeDrafts", "BriefGenIncludeFuture", "BriefGenIncludeExpired", "BriefGenNow"];
        var defined = Props.Descendants("PropertyGroup").Elements().Select(e => e.Name.LocalName).ToList();
        Assert.Equal(expected.Order(), defined.Order());

        var docs = File.ReadAllText(RepoPaths.InRepo("docs", "msbuild.md"));
        Assert.All([.. expected, "BriefGenSeed"], name => Assert.Contains($"`{name}`", docs, StringComparison.Ordinal));

        // Everything else the targets define is private by the naming rule.
        var targetsProperties = Targets.Root!.Elements("PropertyGroup").Elements().Select(e => e.Name.LocalName).Distinct();
        Assert.All(targetsProperties, p => Assert.True(p.StartsWith("_BriefGen", StringComparison.Ordinal) || p == "DefaultItemExcludes", p));
    }

    // Replays the targets' own definitions of the properties the UsingTask conditions read.
    private static Dictionary<string, string> EvaluateTaskHostProperties(string runtimeType, string useTaskHost)
    {
        var properties = new Dictionary<string, string>
        {
            ["MSBuildRuntimeType"] = runtimeType,
            ["_BriefGenUseTaskHost"] = useTaskHost,
            ["_BriefGenMSBuildSupported"] = "true",
        };
        foreach (var element in Targets.Root!.Elements("PropertyGroup").Elements().Where(e => e.Name.LocalName == "_BriefGenUseTaskHost"))
        {
            if (ConditionEvaluator.Evaluate((string?)element.Attribute("Condition") ?? "", properties))
            {
                properties["_BriefGenUseTaskHost"] = element.Value;
            }
        }

        return properties;
    }
}
