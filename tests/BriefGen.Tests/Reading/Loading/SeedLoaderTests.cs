using BriefGen.Diagnostics;
using BriefGen.Reading;

namespace BriefGen.Tests.Reading.Loading;

public sealed class SeedLoaderTests
{
    private const string MinimalSeed = "---\ntitle: Minimal\n---\n\nBody.\n";

    [Fact]
    public void Load_FileOverTheConfiguredLimit_TooLargeErrorBeforeReading()
    {
        using var temp = new TempFolder();
        var path = temp.Write("seeds/big.md", MinimalSeed + new string('x', 100));
        var loader = SeedLoader.CreateDefault(new ReaderOptions { MaxSeedBytes = 64 });

        var loaded = loader.Load(SeedLoader.FileAt(path, "seeds/big.md"));

        Assert.Null(loaded.Brief);
        var d = Assert.Single(loaded.Diagnostics);
        Assert.Equal(("BG1006", "seeds/big.md"), (d.Id, d.Path));
        Assert.Contains("over the limit of 64 bytes", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MissingFile_UnreadableErrorNotException()
    {
        using var temp = new TempFolder();

        var loaded = SeedLoader.CreateDefault().Load(new SeedFile(temp["gone.md"], "seeds/gone.md", null));

        Assert.Null(loaded.Brief);
        Assert.Equal(("BG1008", DiagnosticSeverity.Error), (Assert.Single(loaded.Diagnostics).Id, loaded.Diagnostics[0].Severity));
    }

    [Fact]
    public void Load_FolderNamedLikeASeed_UnreadableErrorNotException()
    {
        using var temp = new TempFolder();
        Directory.CreateDirectory(temp["seeds/odd.md"]);

        var loaded = SeedLoader.CreateDefault().Load(new SeedFile(temp["seeds/odd.md"], "seeds/odd.md", null));

        Assert.Equal("BG1008", Assert.Single(loaded.Diagnostics).Id);
    }

    [Fact]
    public void Load_ReaderThrows_OneInternalErrorNamingTheFile()
    {
        using var temp = new TempFolder();
        var path = temp.Write("seeds/x.md", MinimalSeed);
        var loader = new SeedLoader([new ThrowingReader()], ReaderOptions.Default);

        var loaded = loader.Load(SeedLoader.FileAt(path, "seeds/x.md"));

        Assert.Null(loaded.Brief);
        var d = Assert.Single(loaded.Diagnostics);
        Assert.Equal(("BG9001", "seeds/x.md"), (d.Id, d.Path));
        Assert.Contains("boom", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ReaderThrows_OneInternalError()
    {
        var result = new SeedLoader([new ThrowingReader()], ReaderOptions.Default).Read("seeds/x.md", "---\ntitle: T\n---\n"u8);

        Assert.Equal("BG9001", Assert.Single(result.Diagnostics).Id);
    }

    [Fact]
    public void Load_UnknownExtension_NoReaderError()
    {
        using var temp = new TempFolder();
        var path = temp.Write("x.rst", "Title\n");

        var loaded = SeedLoader.CreateDefault().Load(SeedLoader.FileAt(path, "x.rst"));

        Assert.Equal("BG1011", Assert.Single(loaded.Diagnostics).Id);
    }

    [Fact]
    public void FileAt_SidecarBeside_Found()
    {
        using var temp = new TempFolder();
        var seed = temp.Write("a/x.md", MinimalSeed);
        var sidecar = temp.Write("a/x.yml", "kind: K\n");

        Assert.Equal(sidecar, SeedLoader.FileAt(seed, "a/x.md").SidecarPath);
    }

    private sealed class ThrowingReader : ISeedReader
    {
        public IReadOnlyList<string> Extensions { get; } = [".md"];

        public ReadResult Read(SourceText source, ReaderOptions options) => throw new InvalidOperationException("boom");
    }
}
