using System.Reflection;
using System.Runtime.CompilerServices;

namespace BriefGen.Tests.Architecture;

/// <summary>
/// The library keeps no state from one build to the next in statics: a static field is a constant, a read-only
/// reference (immutable tables, shared instances), or a per-thread scratch buffer that each use starts afresh
/// (<see cref="ThreadStaticAttribute"/>). What a caller may keep between builds lives in objects it holds (a
/// <see cref="BriefGenerator"/>).
/// </summary>
public sealed class StaticStateTests
{
    [Fact]
    public void EveryStaticField_IsReadOnlyOrPerThreadScratch()
    {
        const BindingFlags Statics = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.DeclaredOnly;
        var writable = typeof(BriefGenerator).Assembly.GetTypes()
            .Where(t => !t.IsDefined(typeof(CompilerGeneratedAttribute)))
            .SelectMany(t => t.GetFields(Statics))
            .Where(f => !f.IsLiteral && !f.IsInitOnly && !f.IsDefined(typeof(ThreadStaticAttribute)) && !f.IsDefined(typeof(CompilerGeneratedAttribute)))
            .Select(f => $"{f.DeclaringType!.FullName}.{f.Name}")
            .ToList();

        Assert.True(writable.Count == 0, "static fields that can change: " + string.Join(", ", writable));
    }
}
