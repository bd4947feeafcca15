using BriefGen.Model;

namespace BriefGen.Incremental;

/// <summary>
/// Writes and reads the part of a brief that the seed cache keeps (<see cref="Reading.SeedStore.Slim"/>): every field
/// but the body, related stories and disclaimer. A damaged state throws <see cref="EndOfStreamException"/> or
/// <see cref="FormatException"/>, which the state loader turns into a full build.
/// </summary>
internal static class SlimBriefCodec
{
    /// <summary>A bound on the lists of one brief, so a damaged state cannot ask for a huge array.</summary>
    private const int MaxItems = 100_000;

    public static void Write(BinaryWriter w, Brief b)
    {
        w.Write(b.Title);
        w.Write(b.Slug);
        WriteOptional(w, b.Kind);
        WriteOptional(w, b.KindDescription);
        WriteOptional(w, b.Program);
        WriteOptional(w, b.Summary);
        WriteOptional(w, b.Published);
        w.Write(b.Authors.Count);
        foreach (var a in b.Authors)
        {
            w.Write(a.Name);
            WriteOptional(w, a.Bio);
        }

        w.Write(b.Image is not null);
        if (b.Image is { } image)
        {
            WriteOptional(w, image.Caption);
            WriteOptional(w, image.Credit);
            WriteOptional(w, image.Url);
        }

        w.Write(b.Topics.Count);
        foreach (var topic in b.Topics)
        {
            w.Write(topic);
        }

        w.Write(b.License is not null);
        if (b.License is { } license)
        {
            w.Write(license.Id);
            w.Write(license.Label);
            w.Write(license.Name);
            w.Write(license.Url);
        }

        w.Write((byte)b.Format);
    }

    public static Brief Read(BinaryReader r)
    {
        var title = r.ReadString();
        var slug = r.ReadString();
        var kind = ReadOptional(r);
        var kindDescription = ReadOptional(r);
        var program = ReadOptional(r);
        var summary = ReadOptional(r);
        var published = ReadOptional(r);
        var authors = new Author[Count(r)];
        for (var i = 0; i < authors.Length; i++)
        {
            authors[i] = new Author(r.ReadString(), ReadOptional(r));
        }

        var image = r.ReadBoolean() ? new Image(ReadOptional(r), ReadOptional(r), ReadOptional(r)) : null;
        var topics = new string[Count(r)];
        for (var i = 0; i < topics.Length; i++)
        {
            topics[i] = r.ReadString();
        }

        var license = r.ReadBoolean() ? new License(r.ReadString(), r.ReadString(), r.ReadString(), r.ReadString()) : null;
        var format = (BriefFormat)r.ReadByte();
        if (!Enum.IsDefined(format))
        {
            throw new FormatException("a cached brief has an unknown format");
        }

        return new Brief
        {
            Title = title, Slug = slug, Kind = kind, KindDescription = kindDescription, Program = program, Summary = summary,
            Published = published, Authors = authors, Image = image, Topics = topics, License = license, Format = format,
        };
    }

    private static void WriteOptional(BinaryWriter w, string? text)
    {
        w.Write(text is not null);
        if (text is not null)
        {
            w.Write(text);
        }
    }

    private static string? ReadOptional(BinaryReader r) => r.ReadBoolean() ? r.ReadString() : null;

    private static int Count(BinaryReader r)
    {
        var count = r.ReadInt32();
        return count is >= 0 and <= MaxItems ? count : throw new FormatException("a cached brief's list length is out of range");
    }
}
