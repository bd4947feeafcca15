using Scriban.Functions;
using Scriban.Runtime;

namespace BriefGen.Rendering.Templates;

/// <summary>
/// Scriban's built-in functions (<c>array</c>, <c>string</c>, <c>date</c>…) made once per process and frozen, so every
/// page's context shares them instead of deep-cloning them (a fresh <see cref="Scriban.TemplateContext"/> copies
/// ~33 KB of function tables). Frozen means a template cannot change a module (e.g. <c>date.format = …</c>): such a
/// change would otherwise leak into whichever page the same thread renders next.
/// </summary>
internal static class SharedBuiltins
{
    /// <summary>The frozen built-ins; safe to read from any thread.</summary>
    public static readonly ScriptObject Instance = Create();

    private static ScriptObject Create()
    {
        var builtins = new BuiltinFunctions();
        foreach (var value in builtins.Values)
        {
            if (value is ScriptObject module)
            {
                module.IsReadOnly = true;
            }
        }

        builtins.IsReadOnly = true;
        return builtins;
    }
}
