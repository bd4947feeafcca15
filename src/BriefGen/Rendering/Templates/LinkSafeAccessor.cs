using BriefGen.Model;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace BriefGen.Rendering.Templates;

/// <summary>
/// Reads the members of template objects as Scriban does, except that a URL member (<c>url</c>, <c>*_url</c>,
/// <c>canonical</c>, <c>loc</c>) whose text is not safe to link (<see cref="UrlSafety"/>) reads as null: a template
/// cannot print a <c>javascript:</c> URL into an attribute, whichever object or field it came from, including
/// fields added later. Where a seed gave the URL, reading it warned (BG3005) with the seed's line and column.
/// </summary>
internal sealed class LinkSafeAccessor(IObjectAccessor inner) : IObjectAccessor
{
    /// <inheritdoc/>
    public bool HasIndexer => inner.HasIndexer;

    /// <inheritdoc/>
    public Type? IndexType => inner.IndexType;

    /// <summary>True for the names of members that hold a URL.</summary>
    public static bool IsUrlMember(string name)
        => name is "url" or "canonical" or "loc" || name.EndsWith("_url", StringComparison.Ordinal);

    /// <inheritdoc/>
    public int GetMemberCount(TemplateContext context, SourceSpan span, object target) => inner.GetMemberCount(context, span, target);

    /// <inheritdoc/>
    public IEnumerable<string> GetMembers(TemplateContext context, SourceSpan span, object target) => inner.GetMembers(context, span, target);

    /// <inheritdoc/>
    public bool HasMember(TemplateContext context, SourceSpan span, object target, string member) => inner.HasMember(context, span, target, member);

    /// <inheritdoc/>
    public bool TryGetValue(TemplateContext context, SourceSpan span, object target, string member, out object? value)
    {
        var found = inner.TryGetValue(context, span, target, member, out value);
        value = Safe(member, value);
        return found;
    }

    /// <inheritdoc/>
    public bool TrySetValue(TemplateContext context, SourceSpan span, object target, string member, object? value) => inner.TrySetValue(context, span, target, member, value);

    /// <inheritdoc/>
    public bool TryGetItem(TemplateContext context, SourceSpan span, object target, object index, out object? value)
    {
        var found = inner.TryGetItem(context, span, target, index, out value);
        value = index is string member ? Safe(member, value) : value;
        return found;
    }

    /// <inheritdoc/>
    public bool TrySetItem(TemplateContext context, SourceSpan span, object target, object index, object? value) => inner.TrySetItem(context, span, target, index, value);

    private static object? Safe(string member, object? value)
        => value is string url && IsUrlMember(member) && !UrlSafety.IsSafe(url) ? null : value;
}
