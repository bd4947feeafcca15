using System.Collections;
using System.Collections.Immutable;
using System.Globalization;
using System.Reflection;
using System.Text;
using Xunit.Sdk;

namespace BriefGen.Tests.Architecture;

/// <summary>
/// Reflection over a record and the records it holds (a brief, a slim brief, the site settings) for the field-coverage
/// tests: fills every settable property with a distinct value, lists every node by its path (<c>Authors[0].Bio</c>),
/// and copies the record with exactly one node changed. Properties are found by reflection, so a field added later is
/// filled and varied without touching the tests; a property of a type this helper cannot fill fails, naming it, so a
/// new field is never skipped in silence.
/// </summary>
internal static class ModelLeaves
{
    /// <summary>The most problems one failure lists (a codec that falls out of step reports every later field).</summary>
    private const int MaxProblemsShown = 40;

    /// <summary>
    /// A <typeparamref name="T"/> whose every property, and every property of the records it holds, has a distinct
    /// non-default value: text <c>x001-authors-0-bio</c> (numbered first, so no value holds another; lower-case
    /// letters, digits and <c>-</c>, so normalising, slugging or rendering it as Markdown keeps it whole), numbers from
    /// 101, <c>true</c>, an enum's first non-default member, lists of one element, nullable records present.
    /// </summary>
    public static T Filled<T>()
        where T : class
    {
        var counter = 0;
        return (T)FillRecord(typeof(T), string.Empty, ref counter);
    }

    /// <summary>The settable instance properties of a record (public or not), in declaration order.</summary>
    public static IReadOnlyList<PropertyInfo> Properties(Type type)
        => [.. type.GetProperties(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)
            .Where(p => p.SetMethod is not null && p.GetIndexParameters().Length == 0)
            .OrderBy(p => p.MetadataToken)];

    /// <summary>Every node under <paramref name="root"/>, parents before children: scalars, lists and records.</summary>
    public static IReadOnlyList<Node> Nodes(object root)
    {
        var nodes = new List<Node>();
        WalkRecord(root, string.Empty, [], new NullabilityInfoContext(), nodes);
        return nodes;
    }

    /// <summary>
    /// Copies of <paramref name="root"/> that differ from it in one node each: every scalar changed (named by its path,
    /// <c>Authors[0].Bio</c>), every nullable value set to null (<c>Image = null</c>), every list emptied
    /// (<c>Topics = []</c>).
    /// </summary>
    public static IEnumerable<Variant<T>> Variants<T>(T root)
        where T : class
    {
        foreach (var node in Nodes(root))
        {
            if (node.Shape == NodeShape.Scalar)
            {
                yield return new(node.Path, Replace(root, node, Changed(node)));
            }
            else if (node.Shape == NodeShape.List && ((IEnumerable)node.Value!).Cast<object?>().Any())
            {
                yield return new(node.Path + " = []", Replace(root, node, Array.CreateInstance(ElementType(node.Type)!, 0)));
            }

            if (node.Nullable && node.Value is not null)
            {
                yield return new(node.Path + " = null", Replace(root, node, null));
            }
        }
    }

    /// <summary>
    /// What each node of <paramref name="root"/> holds, by path, as text: a scalar's value (text quoted, <c>null</c>),
    /// a list's length (<c>[1]</c>), a record's presence (<c>{…}</c> or <c>null</c>). Two roots with equal snapshots
    /// are equal in every leaf, whatever their list types.
    /// </summary>
    public static IReadOnlyDictionary<string, string> Snapshot(object root)
        => Nodes(root).ToDictionary(n => n.Path, Describe, StringComparer.Ordinal);

    /// <summary>The paths where two snapshots differ, each with both values, in the order of <paramref name="expected"/>.</summary>
    public static IEnumerable<Difference> Differences(IReadOnlyDictionary<string, string> expected, IReadOnlyDictionary<string, string> actual)
    {
        foreach (var (path, value) in expected)
        {
            var other = actual.GetValueOrDefault(path, "(absent)");
            if (!string.Equals(value, other, StringComparison.Ordinal))
            {
                yield return new(path, value, other);
            }
        }

        foreach (var (path, value) in actual.Where(a => !expected.ContainsKey(a.Key)))
        {
            yield return new(path, "(absent)", value);
        }
    }

    /// <summary>The paths where <paramref name="actual"/> differs from <paramref name="expected"/>.</summary>
    public static IEnumerable<Difference> Differences(object expected, object actual) => Differences(Snapshot(expected), Snapshot(actual));

    /// <summary>The entries of a snapshot under one top-level property (<c>Authors</c>: <c>Authors</c>, <c>Authors[0].Bio</c>…).</summary>
    public static IReadOnlyDictionary<string, string> Under(IReadOnlyDictionary<string, string> snapshot, string property)
        => snapshot.Where(s => TopLevel(s.Key) == property).ToDictionary(s => s.Key, s => s.Value, StringComparer.Ordinal);

    /// <summary>The top-level property a path starts with: <c>Authors</c> for <c>Authors[0].Bio</c>.</summary>
    public static string TopLevel(string path)
    {
        var end = path.IndexOfAny(['.', '[']);
        return end < 0 ? path : path[..end];
    }

    /// <summary>A leaf as text shows it: text as it is, an enum member by its lower-case name (<c>markdown</c>), a number in invariant digits.</summary>
    public static string? Shown(object? value) => value switch
    {
        null => null,
        string s => s,
        Enum e => e.ToString().ToLowerInvariant(),
        bool b => b ? "true" : "false",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture),
    };

    /// <summary>Fails listing every problem (at most <see cref="MaxProblemsShown"/>), or passes when there is none.</summary>
    public static void AssertNone(IEnumerable<string> problems)
    {
        var all = problems.ToList();
        if (all.Count > 0)
        {
            var shown = string.Join("\n", all.Take(MaxProblemsShown));
            Assert.Fail(all.Count > MaxProblemsShown ? $"{shown}\n… and {all.Count - MaxProblemsShown} more" : shown);
        }
    }

    private static object FillRecord(Type type, string path, ref int counter)
    {
        var record = Create(type, path);
        foreach (var property in Properties(type))
        {
            property.SetValue(record, Fill(property.PropertyType, Join(path, property.Name), ref counter));
        }

        return record;
    }

    private static object Fill(Type type, string path, ref int counter)
    {
        var plain = Nullable.GetUnderlyingType(type) ?? type;
        switch (ShapeOf(type, path))
        {
            case NodeShape.Scalar when plain == typeof(string):
                return $"x{++counter:D3}-{Words(path)}";
            case NodeShape.Scalar when plain.IsEnum:
                return Enum.GetValues(plain).Cast<object>().FirstOrDefault(v => !v.Equals(Activator.CreateInstance(plain)))
                    ?? throw Unfillable(path, type, "the enum has no member but its default");
            case NodeShape.Scalar when plain == typeof(bool):
                return true;
            case NodeShape.Scalar when plain == typeof(int):
                return 100 + ++counter;
            case NodeShape.Scalar:
                return 100L + ++counter;
            case NodeShape.List:
                var element = ElementType(type)!;
                var list = Array.CreateInstance(element, 1);
                list.SetValue(Fill(element, path + "[0]", ref counter), 0);
                return list;
            default:
                return FillRecord(plain, path, ref counter);
        }
    }

    /// <summary>An empty record: through its parameterless constructor, or its widest one given defaults (positional records).</summary>
    private static object Create(Type type, string path)
    {
        if (type.GetConstructor(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic, Type.EmptyTypes) is { } empty)
        {
            return empty.Invoke(null);
        }

        var constructor = type.GetConstructors(BindingFlags.Instance | BindingFlags.Public)
            .Where(c => c.GetParameters() is not [{ } only] || only.ParameterType != type) // not the record's copy constructor
            .MaxBy(c => c.GetParameters().Length)
            ?? throw Unfillable(path, type, "it has no constructor to call");
        return constructor.Invoke([.. constructor.GetParameters().Select(p => p.ParameterType.IsValueType ? Activator.CreateInstance(p.ParameterType) : null)]);
    }

    /// <summary>Scalar, list or record; anything else fails, naming the property.</summary>
    private static NodeShape ShapeOf(Type type, string path)
    {
        var plain = Nullable.GetUnderlyingType(type) ?? type;
        if (plain == typeof(string) || plain.IsEnum || plain == typeof(bool) || plain == typeof(int) || plain == typeof(long))
        {
            return NodeShape.Scalar;
        }

        if (ElementType(type) is not null)
        {
            return NodeShape.List;
        }

        if (plain.IsClass && CloneMethod(plain) is not null)
        {
            return NodeShape.Record;
        }

        throw Unfillable(path, type, "the helper knows text, enums, bool, int, long, read-only lists of these and records of these");
    }

    private static FailException Unfillable(string path, Type type, string why)
        => FailException.ForFailure(
            $"ModelLeaves cannot fill {(path.Length == 0 ? "the root" : path)} (a {Name(type)}): {why}. Teach {nameof(ModelLeaves)} this type, so the field-coverage tests cover the field.");

    /// <summary>The element type of a list property: an array, or an interface an array implements (<c>IReadOnlyList&lt;T&gt;</c>).</summary>
    private static Type? ElementType(Type type)
    {
        if (type.IsArray)
        {
            return type.GetElementType();
        }

        return type.IsInterface && type.IsGenericType && type.GetGenericArguments() is [{ } element] && type.IsAssignableFrom(element.MakeArrayType())
            ? element
            : null;
    }

    private static MethodInfo? CloneMethod(Type type) => type.GetMethod("<Clone>$", BindingFlags.Instance | BindingFlags.Public, Type.EmptyTypes);

    private static void WalkRecord(object record, string path, ImmutableList<Step> steps, NullabilityInfoContext nullability, List<Node> nodes)
    {
        foreach (var property in Properties(record.GetType()))
        {
            Walk(property.GetValue(record), property.PropertyType, nullability.Create(property), Join(path, property.Name), steps.Add(new Step(property, 0)), nullability, nodes);
        }
    }

    private static void Walk(object? value, Type type, NullabilityInfo? info, string path, ImmutableList<Step> steps, NullabilityInfoContext nullability, List<Node> nodes)
    {
        var shape = ShapeOf(type, path);
        var nullable = Nullable.GetUnderlyingType(type) is not null || (!type.IsValueType && info?.ReadState == NullabilityState.Nullable);
        nodes.Add(new Node(path, steps, type, value, nullable, shape));
        if (value is null)
        {
            return;
        }

        if (shape == NodeShape.List)
        {
            var element = ElementType(type)!;
            var elementInfo = info?.GenericTypeArguments is [{ } g] ? g : info?.ElementType;
            var i = 0;
            foreach (var item in (IEnumerable)value)
            {
                Walk(item, element, elementInfo, $"{path}[{i}]", steps.Add(new Step(null, i)), nullability, nodes);
                i++;
            }
        }
        else if (shape == NodeShape.Record)
        {
            WalkRecord(value, path, steps, nullability, nodes);
        }
    }

    /// <summary>A different value for a scalar node: text with <c>-changed</c>, another enum member, the other bool, the next number.</summary>
    private static object Changed(Node node)
    {
        var plain = Nullable.GetUnderlyingType(node.Type) ?? node.Type;
        return node.Value switch
        {
            null when plain == typeof(string) => $"x-set-{Words(node.Path)}",
            null => Activator.CreateInstance(plain)!,
            string s => s + "-changed",
            Enum e => Enum.GetValues(plain).Cast<object>().FirstOrDefault(v => !v.Equals(e))
                ?? throw new InvalidOperationException($"{node.Path}: the enum {Name(plain)} has one member, so it cannot change"),
            bool b => !b,
            int n => n + 1,
            long n => n + 1,
            _ => throw new InvalidOperationException($"{node.Path}: cannot change a {Name(node.Type)}"),
        };
    }

    /// <summary>A copy of <paramref name="root"/> with <paramref name="node"/> replaced: records along the path cloned, lists along it copied.</summary>
    private static T Replace<T>(T root, Node node, object? value)
        where T : class
        => (T)ReplaceAt(root, node.Steps, 0, value)!;

    private static object? ReplaceAt(object? current, ImmutableList<Step> steps, int at, object? value)
    {
        if (at == steps.Count)
        {
            return value;
        }

        var step = steps[at];
        if (step.Property is { } property)
        {
            var copy = CloneMethod(current!.GetType())!.Invoke(current, null)!;
            property.SetValue(copy, ReplaceAt(property.GetValue(current), steps, at + 1, value));
            return copy;
        }

        var items = ((IEnumerable)current!).Cast<object?>().ToArray();
        var listType = current!.GetType();
        var element = listType.IsArray ? listType.GetElementType()! : ElementType(ListInterface(listType))!;
        var list = Array.CreateInstance(element, items.Length);
        for (var i = 0; i < items.Length; i++)
        {
            list.SetValue(i == step.Index ? ReplaceAt(items[i], steps, at + 1, value) : items[i], i);
        }

        return list;
    }

    private static Type ListInterface(Type type)
        => type.GetInterfaces().First(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IReadOnlyList<>));

    private static string Describe(Node node) => node.Shape switch
    {
        _ when node.Value is null => "null",
        NodeShape.Scalar when node.Value is string s => "\"" + s + "\"",
        NodeShape.Scalar => Shown(node.Value)!,
        NodeShape.List => $"[{((IEnumerable)node.Value!).Cast<object?>().Count()}]",
        _ => "{…}",
    };

    private static string Join(string path, string name) => path.Length == 0 ? name : path + "." + name;

    /// <summary><c>Authors[0].Bio</c> → <c>authors-0-bio</c>.</summary>
    private static string Words(string path)
    {
        var words = new StringBuilder(path.Length);
        foreach (var c in path)
        {
            if (char.IsLetterOrDigit(c))
            {
                words.Append(char.ToLowerInvariant(c));
            }
            else if (words.Length > 0 && words[^1] != '-')
            {
                words.Append('-');
            }
        }

        return words.ToString().TrimEnd('-');
    }

    private static string Name(Type type)
        => Nullable.GetUnderlyingType(type) is { } plain ? Name(plain) + "?"
        : type.IsGenericType ? $"{type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)]}<{string.Join(", ", type.GetGenericArguments().Select(Name))}>" : type.Name;

    /// <summary>The shape of a node: a scalar (text, enum, bool, number), a list, or a record.</summary>
    internal enum NodeShape
    {
        Scalar,
        List,
        Record,
    }

    /// <summary>One step of a path: a property (<see cref="Property"/> set) or a list index.</summary>
    internal sealed record Step(PropertyInfo? Property, int Index);

    /// <summary>A node of a record tree: its path, the steps to it, its declared type, its value, whether it may be null, its shape.</summary>
    internal sealed record Node(string Path, ImmutableList<Step> Steps, Type Type, object? Value, bool Nullable, NodeShape Shape);

    /// <summary>A copy of a record that differs from it in the one node <see cref="Name"/> says.</summary>
    internal sealed record Variant<T>(string Name, T Value);

    /// <summary>A path where two snapshots differ, with what each holds there.</summary>
    internal sealed record Difference(string Path, string Expected, string Actual)
    {
        public override string ToString() => $"{Path}: expected {Expected}, got {Actual}";
    }
}
