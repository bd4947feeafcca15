using System.Diagnostics;

namespace BriefGen.MSBuild.Tests.Infrastructure;

/// <summary>Runs real <c>dotnet</c> processes, isolated from the test host's MSBuild environment.</summary>
internal static class DotNet
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    // Set by `dotnet test` (itself an MSBuild run) and inherited by the test host; a child build must pick its own.
    private static readonly string[] InheritedVariablesToDrop =
    [
        "MSBuildExtensionsPath", "MSBuildSDKsPath", "MSBUILD_EXE_PATH", "MSBuildLoadMicrosoftTargetsReadOnly",
        "MSBUILDNOINPROCNODE", "DOTNET_HOST_PATH",
    ];

    /// <summary>Runs <c>dotnet args…</c> in <paramref name="workingDir"/> with extra environment variables.</summary>
    public static DotNetResult Run(string workingDir, IReadOnlyDictionary<string, string>? environment, params string[] args)
        => Processes.Run(StartInfo(workingDir, environment, args), Timeout);

    /// <summary>
    /// The start info for <c>dotnet args…</c>: the test host's MSBuild variables dropped, English and quiet, no node
    /// reuse, then <paramref name="environment"/>.
    /// </summary>
    public static ProcessStartInfo StartInfo(string workingDir, IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = workingDir };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var name in InheritedVariablesToDrop)
        {
            start.Environment.Remove(name);
        }

        // English messages ("Skipping target …") and no first-run noise or node reuse, whatever the machine says.
        start.Environment["DOTNET_CLI_UI_LANGUAGE"] = "en";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        return start;
    }
}
