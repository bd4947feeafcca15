using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace BriefGen.Rendering.Templates;

/// <summary>
/// A template object whose costly members are computed on first read: a <see cref="Lazy{T}"/> member value is
/// unwrapped when a template (or the build state's hasher) reads it. A brief's <c>content_html</c> (the whole body
/// joined again, which only the feed prints by default) is built this way, so brief pages do not pay for it.
/// </summary>
internal sealed class LazyScriptObject : ScriptObject
{
    /// <summary>Creates an empty object. Not importing this type's statics: Scriban would otherwise reflect over them for every object.</summary>
    public LazyScriptObject()
        : base(16, false)
    {
    }

    /// <inheritdoc/>
    public override object? this[string key]
    {
        get => Unwrap(base[key]);
        set => base[key] = value;
    }

    /// <inheritdoc/>
    public override bool TryGetValue(TemplateContext? context, SourceSpan span, string member, out object? value)
    {
        var found = base.TryGetValue(context, span, member, out value);
        value = Unwrap(value);
        return found;
    }

    private static object? Unwrap(object? value) => value is Lazy<object?> lazy ? lazy.Value : value;
}
