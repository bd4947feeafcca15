using BriefGen.Diagnostics;

using BriefGen.Site;

namespace BriefGen;

/// <summary>
/// Finds and reads the configuration, lays the build options over it (options win), and validates the result:
/// baseUrl (absolute http(s), a final <c>/</c> added), permalink pattern, page and feed sizes.
/// </summary>
internal static class SiteConfigResolver
{
    /// <summary>A configuration file is a few lines; anything over 1 MiB is refused rather than parsed.</summary>
    private const long MaxConfigBytes = 1024 * 1024;

    /// <summary>The site's settings: the config file (when there is one) with the options laid over it, validated.</summary>
    public static SiteConfig Resolve(SiteBuildOptions options, string siteDir, DiagnosticBag diagnostics) => ResolveWithPositions(options, siteDir, diagnostics).Config;

    /// <summary>
    /// <see cref="Resolve"/>, and where each setting's value stands in the file, so a problem a later stage finds with
    /// a value (a language without strings) is reported at it.
    /// </summary>
    public static (SiteConfig Config, SettingPositions Positions) ResolveWithPositions(SiteBuildOptions options, string siteDir, DiagnosticBag diagnostics)
    {
        var file = options.ConfigFile is null ? Path.Combine(siteDir, "briefgen.yml") : Path.GetFullPath(options.ConfigFile);
        var display = Display(siteDir, file);
        var (config, positions) = (new SiteConfig(), new SettingPositions());
        if (File.Exists(file))
        {
            (config, positions) = Read(file, display, diagnostics) is { } text ? SiteConfigLoader.Load(text, display, diagnostics) : (config, positions);
        }
        else if (options.ConfigFile is not null)
        {
            var (where, name) = OptionPlace(options, siteDir, nameof(SiteBuildOptions.ConfigFile));
            diagnostics.Report(Descriptors.PathNotFound, where, 0, 0, $"the configuration file '{display}' given by {name}");
        }

        var baseUrlPlace = options.BaseUrl is null ? (display, "baseUrl") : OptionPlace(options, siteDir, nameof(SiteBuildOptions.BaseUrl));
        if (options.BaseUrl is not null)
        {
            config = config with { BaseUrl = options.BaseUrl };
            positions.Forget("baseUrl"); // the option's value is not in the file
        }

        config = Validate(config, display, positions, baseUrlPlace, diagnostics);
        CheckThemes(options, siteDir, config, (display, positions), diagnostics);
        return (config, positions);
    }

    /// <summary>The site's own template folder (full path): the option, else the config's <c>templates</c>.</summary>
    public static string TemplatesFolder(SiteBuildOptions options, string siteDir, SiteConfig config)
        => Path.GetFullPath(options.TemplatesDir ?? Path.Combine(siteDir, config.Templates));

    /// <summary>
    /// The theme folders in the order they are searched (full paths): the config's <c>theme:</c> folders, then those
    /// the options add (<see cref="SiteBuildOptions.Themes"/>, from MSBuild).
    /// </summary>
    public static IReadOnlyList<string> ThemeFolders(SiteBuildOptions options, string siteDir, SiteConfig config)
        => [.. config.Themes.Select(t => Path.GetFullPath(t, siteDir)), .. (options.Themes ?? []).Select(t => Path.GetFullPath(t, siteDir))];

    /// <summary>BG5007 for each theme folder that does not exist, at its place in the file or at the option.</summary>
    private static void CheckThemes(SiteBuildOptions options, string siteDir, SiteConfig config, (string File, SettingPositions Positions) where, DiagnosticBag diagnostics)
    {
        var folders = ThemeFolders(options, siteDir, config);
        for (var i = 0; i < folders.Count; i++)
        {
            if (Directory.Exists(folders[i]))
            {
                continue;
            }

            var theme = $"the theme folder '{Display(siteDir, folders[i])}'";
            if (i < config.Themes.Count)
            {
                var (line, column) = where.Positions.Of($"theme[{i}]") is (0, 0) ? where.Positions.Of("theme") : where.Positions.Of($"theme[{i}]");
                diagnostics.Report(Descriptors.PathNotFound, where.File, line, column, theme);
            }
            else
            {
                var (path, name) = OptionPlace(options, siteDir, nameof(SiteBuildOptions.Themes));
                diagnostics.Report(Descriptors.PathNotFound, path, 0, 0, $"{theme} given by {name}");
            }
        }
    }

    /// <summary>Where a diagnostic about an option's value points (its source file, if any) and the option's name for the user.</summary>
    private static (string? Path, string Name) OptionPlace(SiteBuildOptions options, string siteDir, string option)
        => (options.Source?.File is { } file ? Display(siteDir, file) : null, options.Source?.NameOf(option) ?? option);

    /// <summary>The config file's text; null (with BG5009) when it is too large or cannot be read.</summary>
    private static string? Read(string file, string display, DiagnosticBag diagnostics)
    {
        try
        {
            var length = new FileInfo(file).Length;
            if (length > MaxConfigBytes)
            {
                diagnostics.Report(Descriptors.ConfigUnreadable, display, 0, 0, $"it is {length:N0} bytes, over the limit of {MaxConfigBytes:N0}");
                return null;
            }

            return File.ReadAllText(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Report(Descriptors.ConfigUnreadable, display, 0, 0, e.Message);
            return null;
        }
    }

    /// <summary>A path as diagnostics show it: relative to the site folder with <c>/</c> when inside it.</summary>
    public static string Display(string siteDir, string path)
    {
        var relative = Path.GetRelativePath(siteDir, path);
        return (relative.StartsWith("..", StringComparison.Ordinal) ? path : relative).Replace('\\', '/');
    }

    /// <summary>
    /// Checks the values the loader cannot check alone; a problem is reported at the value in the file, or, for the
    /// base URL, where <paramref name="baseUrlPlace"/> says it was set and under which name.
    /// </summary>
    private static SiteConfig Validate(SiteConfig config, string display, SettingPositions positions, (string? Path, string Name) baseUrlPlace, DiagnosticBag diagnostics)
    {
        if (string.IsNullOrWhiteSpace(config.BaseUrl))
        {
            diagnostics.Report(Descriptors.NoBaseUrl, null, 0, 0);
            config = config with { BaseUrl = null };
        }
        else if (!Uri.TryCreate(config.BaseUrl, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || uri.Query.Length > 0 || uri.Fragment.Length > 0)
        {
            var (line, column) = positions.Of("baseUrl");
            diagnostics.Report(Descriptors.InvalidBaseUrl, baseUrlPlace.Path, line, column, baseUrlPlace.Name, config.BaseUrl);
            config = config with { BaseUrl = null };
        }
        else
        {
            config = config with { BaseUrl = uri.AbsoluteUri.EndsWith('/') ? uri.AbsoluteUri : uri.AbsoluteUri + "/" };
        }

        if (!PermalinkPattern.IsValid(config.Permalink))
        {
            Report(Descriptors.InvalidPermalink, "permalink", config.Permalink);
        }

        if (config.PageSize is < 1 or > 1000)
        {
            Report(Descriptors.ConfigOutOfRange, "pageSize", "pageSize", "between 1 and 1000");
        }

        if (config.FeedSize is < 0 or > 1000)
        {
            Report(Descriptors.ConfigOutOfRange, "feedSize", "feedSize", "between 0 and 1000");
        }

        return config;

        // A problem with the value of a key of the file, reported where the value stands.
        void Report(DiagnosticDescriptor descriptor, string key, params object?[] args)
        {
            var (line, column) = positions.Of(key);
            diagnostics.Report(descriptor, display, line, column, args);
        }
    }
}
