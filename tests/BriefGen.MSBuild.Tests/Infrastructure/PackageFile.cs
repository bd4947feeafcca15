using System.IO.Compression;
using System.Reflection.Metadata;
using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;

namespace BriefGen.MSBuild.Tests.Infrastructure;

/// <summary>A .nupkg or .snupkg opened for reading: its entries, its nuspec, and what is inside its files.</summary>
internal sealed class PackageFile : IDisposable
{
    // The custom debug information kind under which compilers store the SourceLink JSON in a portable pdb.
    private static readonly Guid SourceLinkKind = new("CC110556-A091-4D38-9FEC-25AB9A351A6A");

    private readonly ZipArchive _zip;

    private PackageFile(ZipArchive zip)
    {
        _zip = zip;
        Entries = zip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);
        var nuspec = XDocument.Parse(ReadText(Entries.Single(e => e.EndsWith(".nuspec", StringComparison.Ordinal))));
        Nuspec = nuspec;
        NuspecNamespace = nuspec.Root!.Name.Namespace;
    }

    /// <summary>Every entry's path in the package.</summary>
    public IReadOnlySet<string> Entries { get; }

    /// <summary>The package's manifest.</summary>
    public XDocument Nuspec { get; }

    /// <summary>The nuspec's XML namespace.</summary>
    public XNamespace NuspecNamespace { get; }

    /// <summary>Opens the package at <paramref name="path"/>.</summary>
    public static PackageFile Open(string path) => new(ZipFile.OpenRead(path));

    /// <summary>The nuspec elements called <paramref name="name"/>.</summary>
    public IEnumerable<XElement> NuspecElements(string name) => Nuspec.Descendants(NuspecNamespace + name);

    /// <summary>The value of the single nuspec element called <paramref name="name"/>.</summary>
    public string NuspecValue(string name) => NuspecElements(name).Single().Value;

    /// <summary>An entry's bytes.</summary>
    public byte[] ReadBytes(string entry)
    {
        using var stream = _zip.GetEntry(entry)!.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    /// <summary>An entry's text, read as UTF-8.</summary>
    public string ReadText(string entry) => Encoding.UTF8.GetString(ReadBytes(entry)).TrimStart('\uFEFF');

    /// <summary>An entry's SHA-256, in hex.</summary>
    public string Sha256(string entry) => Convert.ToHexString(SHA256.HashData(ReadBytes(entry)));

    /// <summary>The SourceLink JSON embedded in the portable pdb at <paramref name="entry"/>, or null when it has none.</summary>
    public string? SourceLinkJson(string entry)
    {
        using var provider = MetadataReaderProvider.FromPortablePdbStream(new MemoryStream(ReadBytes(entry)));
        var reader = provider.GetMetadataReader();
        return reader.CustomDebugInformation
            .Select(reader.GetCustomDebugInformation)
            .Where(info => reader.GetGuid(info.Kind) == SourceLinkKind)
            .Select(info => Encoding.UTF8.GetString(reader.GetBlobBytes(info.Value)))
            .SingleOrDefault();
    }

    /// <summary>Closes the package.</summary>
    public void Dispose() => _zip.Dispose();
}
