namespace BriefGen.Rendering;

/// <summary>The files built into the library: the default templates and assets (<c>templates/…</c>) and the built-in icon (<c>static/…</c>).</summary>
internal static class EmbeddedFile
{
    /// <summary>The bytes of the embedded file named <paramref name="logicalName"/>, which must exist.</summary>
    public static byte[] Read(string logicalName)
    {
        using var stream = typeof(EmbeddedFile).Assembly.GetManifestResourceStream(logicalName)!;
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
