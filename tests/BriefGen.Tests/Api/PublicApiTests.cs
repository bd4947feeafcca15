using System.Reflection;
using BriefGen.Tests.Infrastructure;
using PublicApiGenerator;

namespace BriefGen.Tests.Api;

/// <summary>
/// The library's public surface is deliberate: it is recorded in <c>Snapshots/BriefGen.verified.txt</c>, so any change
/// to it shows up in review (accept one with <c>BRIEFGEN_ACCEPT_SNAPSHOTS=1</c>). That every public member is
/// documented, the compiler checks (CS1591 is an error in this repository).
/// </summary>
public sealed class PublicApiTests
{
    private static readonly Assembly Library = typeof(BriefGenerator).Assembly;

    [Fact]
    public void PublicApi_IsTheRecordedOne()
    {
        var api = Library.GeneratePublicApi(new ApiGeneratorOptions { ExcludeAttributes = ["System.Runtime.Versioning.TargetFrameworkAttribute"] });

        Snapshot.Verify("Snapshots", "BriefGen", "txt", api.ReplaceLineEndings("\n"));
    }
}
