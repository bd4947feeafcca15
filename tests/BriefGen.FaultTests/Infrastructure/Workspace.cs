namespace BriefGen.FaultTests.Infrastructure;

/// <summary>
/// One test's folders: the site in <c>site</c> and the output folder <c>published</c> inside <c>work</c> (both under a
/// fresh temporary folder), the output alone in its parent so that whatever a build leaves beside it shows.
/// </summary>
internal sealed class Workspace : IDisposable
{
    private readonly TempFolder _temp = new();

    public Workspace(int briefs = 8, int paragraphs = 3)
    {
        Site = new TestSite(_temp["site"], briefs, paragraphs);
        Directory.CreateDirectory(_temp["work"]);
    }

    public string Root => _temp.Path;

    public TestSite Site { get; }

    /// <summary>The output folder (<c>-o</c>).</summary>
    public string Out => _temp["work", "published"];

    /// <summary>The default state folder, beside <see cref="Out"/>.</summary>
    public string StateDir => _temp["work", Beside.StateFolder];

    /// <summary><see cref="Root"/> joined with <paramref name="parts"/>.</summary>
    public string this[params string[] parts] => _temp[parts];

    /// <summary><c>briefgen build SITE -o OUT EXTRA…</c>.</summary>
    public CliRun Build(params string[] extra) => Build(Launch.Plain, extra);

    /// <summary><c>briefgen build SITE -o OUT EXTRA…</c> under <paramref name="launch"/>.</summary>
    public CliRun Build(Launch launch, params string[] extra) => BuildInto(Out, launch, extra);

    /// <summary><c>briefgen build SITE -o <paramref name="outDir"/> EXTRA…</c>.</summary>
    public CliRun BuildInto(string outDir, Launch launch, params string[] extra)
        => BriefGenCli.Run(launch, Root, ["build", Site.Dir, "-o", outDir, .. extra]);

    /// <summary>A first build that must succeed (the setup of most tests).</summary>
    public void Publish() => Expect.Success(Build(), this);

    /// <summary>The output folder's tree now.</summary>
    public Tree Snapshot(bool inodes = false) => Tree.Of(Out, inodes);

    public void Dispose() => _temp.Dispose();
}
