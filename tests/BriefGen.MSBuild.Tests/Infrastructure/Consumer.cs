namespace BriefGen.MSBuild.Tests.Infrastructure;

/// <summary>
/// A project in a temporary folder that references the packed BriefGen.MSBuild exactly as the README tells users to,
/// with its own nuget.config (the test feed, then nuget.org) and the run's isolated packages folder.
/// </summary>
internal sealed class Consumer
{
    private Consumer(PackedFeed feed, string dir, string name)
    {
        Feed = feed;
        Dir = dir;
        Name = name;
    }

    /// <summary>The feed the consumer restores from.</summary>
    public PackedFeed Feed { get; }

    /// <summary>The project folder (the site folder too, by default).</summary>
    public string Dir { get; }

    /// <summary>The project's name (its file is <c>Name.csproj</c>).</summary>
    public string Name { get; }

    /// <summary>The default output folder, <c>_site/</c> in the project folder.</summary>
    public string SiteDir => Path.Combine(Dir, "_site");

    /// <summary>The project file's full path.</summary>
    public string ProjectFile => Path.Combine(Dir, Name + ".csproj");

    /// <summary>
    /// Creates a consumer in a new folder under the feed's root (or under <paramref name="parentDir"/>), with the
    /// repo's reference seed unless <paramref name="withReferenceSeed"/> is false.
    /// </summary>
    public static Consumer Create(PackedFeed feed, string name, bool withReferenceSeed = true, string? parentDir = null, string projectBody = "")
    {
        var dir = Path.Combine(parentDir ?? feed.Root, $"{name}-{Guid.NewGuid():N}"[..(name.Length + 9)]);
        Directory.CreateDirectory(dir);
        var consumer = new Consumer(feed, dir, name);
        consumer.Write(name + ".csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="BriefGen.MSBuild" Version="{feed.Version}" PrivateAssets="all" />
              </ItemGroup>
            {projectBody}</Project>

            """);
        consumer.WriteNuGetConfig(feed.FeedDir);
        if (withReferenceSeed)
        {
            consumer.CopyIn(RepoPaths.ReferenceSeed, "seeds/" + Path.GetFileName(RepoPaths.ReferenceSeed));
        }

        return consumer;
    }

    /// <summary>
    /// Writes the project's nuget.config: BriefGen packages from the folder feed <paramref name="feedPath"/> only (as
    /// written: a relative path is relative to the nuget.config), everything else from nuget.org.
    /// </summary>
    public void WriteNuGetConfig(string feedPath) => Write("nuget.config", $"""
        <?xml version="1.0" encoding="utf-8"?>
        <configuration>
          <packageSources>
            <clear />
            <add key="briefgen-test" value="{feedPath}" />
            <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
          </packageSources>
          <!-- BriefGen comes from the test feed only, never from nuget.org. -->
          <packageSourceMapping>
            <packageSource key="briefgen-test">
              <package pattern="BriefGen*" />
            </packageSource>
            <packageSource key="nuget.org">
              <package pattern="*" />
            </packageSource>
          </packageSourceMapping>
        </configuration>

        """);

    /// <summary>The full path of a file in the project folder, from a <c>/</c>-separated relative path.</summary>
    public string PathOf(string relative) => Path.Combine([Dir, .. relative.Split('/')]);

    /// <summary>Writes a text file (UTF-8, no BOM) in the project folder.</summary>
    public string Write(string relative, string content)
    {
        var path = PathOf(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return path;
    }

    /// <summary>Copies a file (a seed, a package) byte for byte into the project folder.</summary>
    public string CopyIn(string source, string relative)
    {
        var path = PathOf(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.Copy(source, path, overwrite: true);
        return path;
    }

    private int _runs;

    /// <summary>
    /// Runs <c>dotnet</c> in the project folder with the run's environment; build, clean and publish also write a
    /// binlog to <c>logs/</c>, kept with the folder when a test fails.
    /// </summary>
    public DotNetResult Run(params string[] args)
    {
        if (args.Length > 0 && args[0] is "build" or "clean" or "publish")
        {
            args = [.. args, $"-bl:{Path.Combine(Dir, "logs", $"{++_runs:00}-{args[0]}.binlog")}"];
        }

        return DotNet.Run(Dir, Feed.Environment, args);
    }

    /// <summary><c>dotnet build -nodeReuse:false</c> plus <paramref name="args"/>.</summary>
    public DotNetResult Build(params string[] args) => Run(["build", "-nodeReuse:false", .. args]);

    /// <summary>The files of the generated site, relative to it with <c>/</c>, sorted; empty when it does not exist.</summary>
    public IReadOnlyList<string> SiteFiles() => ListFiles(SiteDir);

    /// <summary>The files under a folder, relative with <c>/</c>, sorted ordinally.</summary>
    public static IReadOnlyList<string> ListFiles(string dir) => Directory.Exists(dir)
        ? [.. Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(dir, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)]
        : [];

    /// <summary>The manifest the task wrote (Debug configuration), or null.</summary>
    public string? ManifestPath(string configuration = "Debug")
    {
        var path = Path.Combine(Dir, "obj", configuration, "net10.0", "briefgen.files.txt");
        return File.Exists(path) ? path : null;
    }
}
