using BriefGen.Model;

namespace BriefGen.Incremental;

/// <summary>
/// Writes and reads the part of a brief that the seed cache keeps, a <see cref="SlimBrief"/>: every field but the
/// body, related stories and disclaimer. A damaged state throws <see cref="EndOfStreamException"/> or
/// <see cref="FormatException"/>, which the state loader turns into a full build. Strings go through the state's
/// string table, so authors, bios and topics repeated across briefs are stored and loaded once.
/// </summary>
internal static class SlimBriefCodec
{
    public static void Write(StateWriter w, SlimBrief b)
    {
        w.Write(b.Title);
        w.Write(b.Slug);
        w.WriteOptional(b.Kind);
        w.WriteOptional(b.KindDescription);
        w.WriteOptional(b.Program);
        w.WriteOptional(b.Summary);
        w.WriteOptional(b.Published);
        w.WriteCount(b.Authors.Count);
        foreach (var a in b.Authors)
        {
            w.Write(a.Name);
            w.WriteOptional(a.Bio);
        }

        w.Write(b.Image is not null);
        if (b.Image is { } image)
        {
            w.WriteOptional(image.Caption);
            w.WriteOptional(image.Credit);
            w.WriteOptional(image.Url);
        }

        w.WriteCount(b.Topics.Count);
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
        w.Write(b.Draft);
        w.WriteOptional(b.Embargo);
        w.WriteOptional(b.Expires);
    }

    public static SlimBrief Read(StateReader r)
    {
        var title = r.ReadString();
        var slug = r.ReadString();
        var kind = r.ReadOptional();
        var kindDescription = r.ReadOptional();
        var program = r.ReadOptional();
        var summary = r.ReadOptional();
        var published = r.ReadOptional();
        var authors = new Author[r.ReadCount()];
        for (var i = 0; i < authors.Length; i++)
        {
            authors[i] = new Author(r.ReadString(), r.ReadOptional());
        }

        var image = r.ReadBoolean() ? new Image(r.ReadOptional(), r.ReadOptional(), r.ReadOptional()) : null;
        var topics = new string[r.ReadCount()];
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

        var draft = r.ReadBoolean();
        var embargo = r.ReadOptional();
        var expires = r.ReadOptional();

        return new SlimBrief
        {
            Title = title, Slug = slug, Kind = kind, KindDescription = kindDescription, Program = program, Summary = summary,
            Published = published, Authors = authors, Image = image, Topics = topics, License = license, Format = format,
            Draft = draft, Embargo = embargo, Expires = expires,
        };
    }

    /// <summary>The search form of a body, or its absence; its terms as a set of the string table's, so a word is stored once.</summary>
    public static void WriteSearch(StateWriter w, SearchBody? search)
    {
        w.Write(search is not null);
        if (search is not null)
        {
            w.Write(search.Excerpt);
            w.WriteTerms(search);
        }
    }

    /// <summary>The search form of a body, its terms numbered anew by <paramref name="vocabulary"/>; or its absence.</summary>
    public static SearchBody? ReadSearch(StateReader r, SearchVocabulary vocabulary)
    {
        if (!r.ReadBoolean())
        {
            return null;
        }

        var excerpt = r.ReadString();
        return new SearchBody(r.ReadTerms(vocabulary), excerpt, vocabulary);
    }
}
