using System.Collections.Concurrent;
using System.Reflection;
using BriefGen.FileSystem;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace BriefGen.Rendering.Templates;

/// <summary>
/// Finds templates by name: first in the user's template folder, then in each theme folder in order, then among the
/// defaults embedded in the library (the repository's <c>templates/</c>). Pages and includes resolve the same way and
/// can never read outside those roots: names holding <c>..</c>, <c>\</c>, <c>:</c> or starting with <c>/</c> are
/// refused, and so is a symbolic link whose target leaves the folder it is in. Thread-safe. The path it returns (the
/// template's display path, e.g. <c>templates/brief.sbn-html</c>, <c>themes/ink/brief.sbn-html</c> or
/// <c>builtin:templates/brief.sbn-html</c>) names the template, and so its origin, in diagnostics.
/// A loader serves one build: each name is resolved once and remembered (a name refused is refused every time).
/// </summary>
internal sealed class TemplateLoader : ITemplateLoader
{
    /// <summary>The display prefix of embedded default templates.</summary>
    public const string BuiltinPrefix = "builtin:templates/";

    private const string ResourcePrefix = "templates/";
    private const long MaxTemplateBytes = 4L * 1024 * 1024;
    private static readonly Assembly Library = typeof(TemplateLoader).Assembly;
    private static readonly HashSet<string> Embedded = [.. Library.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)).Select(n => n[ResourcePrefix.Length..])];

    private readonly IReadOnlyList<TemplateRoot> _roots;
    private readonly ConcurrentDictionary<string, (string File, TemplateRoot Root)> _sources = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _resolved = new(StringComparer.Ordinal);

    /// <summary>Creates a loader over <paramref name="userRoot"/> (may be null or missing: defaults only).</summary>
    /// <param name="userRoot">The user's template folder.</param>
    /// <param name="userDisplay">How that folder is named in diagnostics, e.g. <c>templates</c>.</param>
    public TemplateLoader(string? userRoot, string userDisplay = "templates")
        : this(userRoot is null ? [] : [new TemplateRoot(userRoot, userDisplay, TemplateOrigin.Site)])
    {
    }

    /// <summary>Creates a loader over <paramref name="roots"/>, searched in order before the defaults; missing folders are skipped.</summary>
    public TemplateLoader(IEnumerable<TemplateRoot> roots)
        => _roots = [.. roots.Where(r => Directory.Exists(r.Folder)).Select(r => r with { Folder = RealPath(Path.GetFullPath(r.Folder)), Display = r.Display.TrimEnd('/') })];

    /// <summary>The theme folders searched, in order.</summary>
    public IEnumerable<TemplateRoot> Themes => _roots.Where(r => r.Origin == TemplateOrigin.Theme);

    /// <summary>
    /// Resolves a name to its display path; throws <see cref="IncludeRejectedException"/> when it could leave the roots.
    /// Every template a page reaches this way (<c>include</c>, <c>include_join</c>…) is noted for the build state.
    /// </summary>
    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
    {
        (context as BriefTemplateContext)?.TemplatesUsed?.Add(templateName);
        return Resolve(templateName, callerSpan) ?? throw new IncludeNotFoundException(callerSpan, templateName);
    }

    /// <summary>The text of a template by the display path <see cref="GetPath"/> returned.</summary>
    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) => Read(templatePath);

    /// <inheritdoc/>
    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath)
        => ValueTask.FromResult<string?>(Read(templatePath));

    /// <summary>The display path of a template, or null when neither root has it.</summary>
    public string? Resolve(string name, SourceSpan callerSpan = default)
    {
        // Once per name and build: resolving looks at every folder on the way (several system calls), and a page
        // includes a dozen partials.
        if (_resolved.TryGetValue(name, out var known))
        {
            return known;
        }

        var resolved = ResolveOnce(name, callerSpan);
        if (resolved is not null)
        {
            _resolved.TryAdd(name, resolved);
        }

        return resolved;
    }

    private string? ResolveOnce(string name, SourceSpan callerSpan)
    {
        CheckName(name, callerSpan);
        foreach (var root in _roots)
        {
            if (RootFile(root, name, callerSpan) is { } file)
            {
                var display = root.Display + "/" + name;
                _sources[display] = (file, root);
                return display;
            }
        }

        return Embedded.Contains(name) ? BuiltinPrefix + name : null;
    }

    /// <summary>Where <paramref name="name"/> resolves (resolving it if need be); null when no root has it.</summary>
    public TemplateSource? Source(string name)
        => Resolve(name) is not { } display ? null
            : _sources.TryGetValue(display, out var found) ? new TemplateSource(name, found.Root.Origin, found.Root.Theme, display)
            : new TemplateSource(name, TemplateOrigin.BuiltIn, null, display);

    /// <summary>Where each name resolved so far in this build resolves, by name.</summary>
    public IEnumerable<TemplateSource> Resolved => _resolved.Keys.Order(StringComparer.Ordinal).Select(n => Source(n)!);

    /// <summary>The names of every file under <paramref name="folder"/> (every file when it is empty) in any root.</summary>
    public IReadOnlyList<string> List(string folder)
    {
        var prefix = folder.Length == 0 ? "" : folder + "/";
        var names = new SortedSet<string>(Embedded.Where(n => n.StartsWith(prefix, StringComparison.Ordinal)), StringComparer.Ordinal);
        foreach (var root in _roots)
        {
            var dir = Path.Combine(root.Folder, folder);
            if (Directory.Exists(dir))
            {
                foreach (var f in Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories))
                {
                    names.Add(Path.GetRelativePath(root.Folder, f).Replace('\\', '/'));
                }
            }
        }

        return [.. names];
    }

    /// <summary>Whether <paramref name="name"/> is one of the built-in templates, partials or assets.</summary>
    public static bool IsBuiltIn(string name) => Embedded.Contains(name);

    /// <summary>The names of the built-in templates, partials and assets, in ordinal order.</summary>
    public static IEnumerable<string> BuiltInNames => Embedded.Order(StringComparer.Ordinal);

    /// <summary>The bytes of a resolved template or asset.</summary>
    public byte[] ReadBytes(string displayPath)
    {
        if (displayPath.StartsWith(BuiltinPrefix, StringComparison.Ordinal))
        {
            return ReadBuiltIn(displayPath[BuiltinPrefix.Length..]);
        }

        var file = _sources[displayPath].File;
        byte[] bytes = [];
        FileSystemFailure.Guard(file, () => bytes = File.ReadAllBytes(file)); // a full table of open files is the machine's, not the template's
        return bytes;
    }

    /// <summary>The bytes of a built-in template or asset by name (see <see cref="IsBuiltIn"/>).</summary>
    public static byte[] ReadBuiltIn(string name) => EmbeddedFile.Read(ResourcePrefix + name);

    private string Read(string displayPath) => System.Text.Encoding.UTF8.GetString(ReadBytes(displayPath)).Replace("\r\n", "\n", StringComparison.Ordinal);

    private static void CheckName(string name, SourceSpan span)
    {
        if (string.IsNullOrEmpty(name) || name.StartsWith('/') || Path.IsPathRooted(name))
        {
            throw new IncludeRejectedException(span, name, "absolute paths are not allowed");
        }

        if (name.Split('/').Any(s => s is "" or "." or "..") || name.Any(c => c is '\\' or ':' || char.IsControl(c)))
        {
            throw new IncludeRejectedException(span, name, "only relative names inside the templates folder are allowed ('..', '\\' and ':' are refused)");
        }
    }

    private static string? RootFile(TemplateRoot root, string name, SourceSpan span)
    {
        var current = root.Folder;
        foreach (var segment in name.Split('/'))
        {
            var next = Path.Combine(current, segment);
            FileSystemInfo info = File.Exists(next) ? new FileInfo(next) : new DirectoryInfo(next);
            if (!info.Exists)
            {
                return null;
            }

            if (info.LinkTarget is not null)
            {
                next = RealPath(next);
                if (!IsUnder(next, root.Folder))
                {
                    throw new IncludeRejectedException(span, name, $"it is a symbolic link leading outside {root.Describe()}");
                }
            }

            current = next;
        }

        if (!File.Exists(current))
        {
            return null;
        }

        // Templates may come from an untrusted pull request: a huge one is refused, not parsed (assets are only copied).
        if (name.Contains(".sbn-", StringComparison.Ordinal) && new FileInfo(current).Length > MaxTemplateBytes)
        {
            throw new IncludeRejectedException(span, name, $"the file is larger than {MaxTemplateBytes / (1024 * 1024)} MiB");
        }

        return current;
    }

    private static string RealPath(string path)
    {
        FileSystemInfo info = Directory.Exists(path) ? new DirectoryInfo(path) : new FileInfo(path);
        var target = info.LinkTarget is null ? null : info.ResolveLinkTarget(returnFinalTarget: true);
        return target is null ? path : Path.GetFullPath(target.FullName);
    }

    private static bool IsUnder(string path, string root)
        => path.StartsWith(Path.TrimEndingDirectorySeparator(root) + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
