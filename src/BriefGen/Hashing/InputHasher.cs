using System.Buffers.Binary;
using System.IO.Hashing;
using System.Runtime.InteropServices;
using BriefGen.Model;

namespace BriefGen.Hashing;

/// <summary>
/// Hashes what a page is rendered from, in a canonical form: every value is tagged with its type and strings with
/// their length, so no two different inputs serialise alike; object members are taken in ordinal key order. The
/// hash decides whether a page may be kept from the previous build, so it must cover everything the page shows.
/// </summary>
internal sealed class InputHasher
{
    private readonly XxHash128 _hash = new();

    /// <summary>Adds a string (null distinct from empty).</summary>
    public InputHasher Add(string? text)
    {
        if (text is null)
        {
            return Tag('n');
        }

        Tag('s').Add(text.Length);
        _hash.Append(MemoryMarshal.AsBytes(text.AsSpan()));
        return this;
    }

    /// <summary>Adds a number.</summary>
    public InputHasher Add(long value)
    {
        Span<byte> bytes = stackalloc byte[8];
        BinaryPrimitives.WriteInt64LittleEndian(bytes, value);
        _hash.Append(bytes);
        return this;
    }

    /// <summary>Adds every field of a brief (the whole content model, as brief.json holds it).</summary>
    public InputHasher AddBrief(Brief b)
    {
        AddBrief(SlimBrief.Of(b)).Add(b.Sections.Count);
        foreach (var s in b.Sections)
        {
            Add(s.Heading).Add(s.Paragraphs.Count);
            foreach (var p in s.Paragraphs)
            {
                Add(p);
            }
        }

        Add(b.Disclaimer).Add(b.Related.Count);
        foreach (var r in b.Related)
        {
            Add(r.Label).Add(r.Summary);
        }

        return this;
    }

    /// <summary>Adds every field of a slim brief (what lists show of it).</summary>
    public InputHasher AddBrief(SlimBrief b)
    {
        Add(b.Title).Add(b.Slug).Add(b.Kind).Add(b.KindDescription).Add(b.Program).Add(b.Summary).Add(b.Published).Add(b.Authors.Count);
        foreach (var a in b.Authors)
        {
            Add(a.Name).Add(a.Bio);
        }

        _ = b.Image is null ? Tag('n') : Tag('m').Add(b.Image.Caption).Add(b.Image.Credit).Add(b.Image.Url);
        Add(b.Topics.Count);
        foreach (var t in b.Topics)
        {
            Add(t);
        }

        _ = b.License is null ? Tag('n') : Tag('l').Add(b.License.Id).Add(b.License.Label).Add(b.License.Name).Add(b.License.Url);
        return Add((long)b.Format).Add(b.Draft ? 1 : 0).Add(b.Embargo).Add(b.Expires);
    }

    /// <summary>
    /// Adds values of a type without references (numbers, small structs) as their bytes, with their count: one call
    /// for what would be thousands of <see cref="Add(long)"/>s.
    /// </summary>
    public InputHasher AddValues<T>(ReadOnlySpan<T> values)
        where T : unmanaged
    {
        Tag('v').Add(values.Length);
        _hash.Append(MemoryMarshal.AsBytes(values));
        return this;
    }

    /// <summary>Adds another hash.</summary>
    public InputHasher Add(UInt128 hash) => Add((long)(ulong)(hash >> 64)).Add((long)(ulong)hash);

    /// <summary>Forgets everything added, so one hasher serves many pages in turn.</summary>
    public InputHasher Reset()
    {
        _hash.Reset();
        return this;
    }

    /// <summary>The hash of everything added.</summary>
    public UInt128 Finish() => _hash.GetCurrentHashAsUInt128();

    /// <summary>Adds a one-byte tag that says what kind of value follows, so values of different kinds never hash alike.</summary>
    public InputHasher Tag(char tag)
    {
        Span<byte> bytes = [(byte)tag];
        _hash.Append(bytes);
        return this;
    }
}
