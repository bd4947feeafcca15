using System.Reflection;
using System.Runtime.CompilerServices;

namespace BriefGen.Tests.Architecture;

/// <summary>No method or constructor of the library takes more than five positional parameters: past that, a record says what travels together.</summary>
public sealed class ParameterCountTests
{
    private const int Most = 5;

    [Fact]
    public void EveryMethodAndConstructor_TakesAtMostFiveParameters()
    {
        const BindingFlags All = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        var tooMany = typeof(BriefGenerator).Assembly.GetTypes()
            .Where(t => !t.IsDefined(typeof(CompilerGeneratedAttribute)))
            .SelectMany(t => t.GetMethods(All).Cast<MethodBase>().Concat(t.GetConstructors(All)))
            .Where(m => !m.Name.Contains('<', StringComparison.Ordinal) && !m.IsDefined(typeof(CompilerGeneratedAttribute)))
            .Where(m => (m.Attributes & MethodAttributes.PinvokeImpl) == 0) // a system call's signature is the system's
            .Where(m => m.GetParameters().Length > Most)
            .Select(m => $"{m.DeclaringType!.FullName}.{m.Name} ({m.GetParameters().Length})")
            .ToList();

        Assert.True(tooMany.Count == 0, "more than five parameters: " + string.Join(", ", tooMany));
    }
}
