using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text.Json;
using PaperArchive.Display;
using PaperArchive.Model;
using PaperArchive.Routing;
using PaperArchive.Settings;

namespace PaperArchive.Search;

/// <summary>
/// What a result shows (slug, title, URL, its first to last day as text, days trended, tag names, excerpt, the first three authors,
/// upvotes, comments, arXiv id and links when known), in small chunks of consecutive
/// document numbers: chunk <c>i</c> is an array of papers <c>i·PapersPerChunk …</c>. Shards refer to papers by
/// document number (short), so the browser finds a result's chunk, and its slug, by arithmetic alone.
/// <para>
/// Chunks are named by <b>group</b>: <c>ChunksPerGroup</c> consecutive chunks share one content hash (<see cref="GroupName"/>),
/// and chunk <c>i</c> is <c>chunks/&lt;its group's name&gt;-&lt;i mod ChunksPerGroup&gt;.json</c>. Why: the manifest, which
/// every query downloads, lists one name per group instead of one per chunk (at 100,000 papers 391 names instead of
/// 25,000), and a chunk whose bytes change still gets a new URL, as its group's hash covers every byte of the group.
/// Documents are in first-trended order, so a new day changes only the last group's chunks (or the last two when the
/// day crosses a group's end) and the rest keep their names.
/// </para>
/// </summary>
public static class DisplayChunks
{
    /// <summary>
    /// Hex digits of a chunk group's content-hashed name. The manifest lists every group's name (391 at 100,000 papers), so
    /// they are shorter than other files' names: 48 bits make a clash between two groups of one site
    /// unlikely (~1 in 4·10⁹ at 100,000 papers), and one would stop the build, never mix up results.
    /// </summary>
    public const int GroupNameLength = 12;

    /// <summary>Authors a result row names before "et al.".</summary>
    public const int ResultAuthors = 3;

    public static int ChunkCount(int papers, SearchOptions options) => Math.Max(1, (papers + options.PapersPerChunk - 1) / options.PapersPerChunk);

    public static int GroupCount(int chunks, SearchOptions options) => (chunks + options.ChunksPerGroup - 1) / options.ChunksPerGroup;

    /// <summary>The names of the groups of <paramref name="chunks"/> (<see cref="GroupName"/>), in order; two alike stop the build.</summary>
    public static string[] GroupNames(byte[][] chunks, SearchOptions options)
    {
        var names = new string[GroupCount(chunks.Length, options)];
        for (var group = 0; group < names.Length; group++)
        {
            var first = group * options.ChunksPerGroup;
            names[group] = GroupName(new ArraySegment<byte[]>(chunks, first, Math.Min(options.ChunksPerGroup, chunks.Length - first)));
        }
        if (names.Distinct(StringComparer.Ordinal).Count() != names.Length)
            throw new InvalidOperationException("Two groups of search display chunks got the same name (a 48-bit hash collision); please report this archive.");
        return names;
    }

    /// <summary>
    /// The content-hashed name of a group of chunks: the SHA-256 of each chunk's length (8 bytes, little-endian) and bytes,
    /// in order, so any change to any chunk of the group, or to where one ends, gives another name.
    /// </summary>
    public static string GroupName(IEnumerable<byte[]> chunks)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Span<byte> length = stackalloc byte[sizeof(long)];
        foreach (var chunk in chunks)
        {
            BinaryPrimitives.WriteInt64LittleEndian(length, chunk.Length);
            hash.AppendData(length);
            hash.AppendData(chunk);
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset())[..GroupNameLength];
    }

    /// <summary>The file of chunk <paramref name="chunk"/>, relative to the manifest, given its group's name.</summary>
    public static string ChunkFile(string groupName, int chunk, SearchOptions options) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"chunks/{groupName}-{chunk % options.ChunksPerGroup}.json");

    /// <summary>The chunks' bytes, in chunk-number order. Document numbers are positions in <paramref name="papers"/> (<see cref="SearchOrder"/>), as in the index.</summary>
    public static byte[][] Build(Archive archive, IReadOnlyList<Paper> papers, SiteSettings settings, SearchOptions options)
    {
        var count = ChunkCount(papers.Count, options);
        var chunks = new byte[count][];
        Parallel.For(0, count, i => chunks[i] = SearchFile.Json(writer =>
        {
            writer.WriteStartArray();
            var end = Math.Min(papers.Count, (i + 1) * options.PapersPerChunk);
            for (var document = i * options.PapersPerChunk; document < end; document++) WritePaper(writer, papers[document], archive, settings, options);
            writer.WriteEndArray();
        }));
        return chunks;
    }

    private static void WritePaper(Utf8JsonWriter writer, Paper paper, Archive archive, SiteSettings settings, SearchOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString("s", paper.Slug);
        writer.WriteString("t", paper.Title);
        writer.WriteString("u", settings.Link(Routes.Paper(paper.Slug)));
        // The days as the site's pages write them (the archive's locale), so a result reads like a row.
        writer.WriteString("d", settings.Dates.Range(paper.FirstDay, paper.LastDay));
        writer.WriteNumber("n", paper.Days.Length);
        writer.WriteStartArray("g");
        foreach (var tag in paper.Tags) writer.WriteStringValue(archive.TagOf(tag).Name);
        writer.WriteEndArray();
        writer.WriteString("e", Excerpt.Of(paper.Abstract, options.ExcerptLength));
        if (paper.Authors.Length > 0)
        {
            // The first three names, and how many there are (a result row says "et al." past three).
            writer.WriteStartArray("a");
            foreach (var author in paper.Authors.Take(ResultAuthors)) writer.WriteStringValue(author);
            writer.WriteEndArray();
            if (paper.Authors.Length > ResultAuthors) writer.WriteNumber("m", paper.Authors.Length);
        }
        if (paper.Upvotes is { } upvotes) writer.WriteNumber("v", upvotes);
        if (paper.NumComments is { } comments) writer.WriteNumber("c", comments);
        if (paper.ArxivId is { } arxiv) writer.WriteString("x", arxiv);
        if (paper.Links.Length > 0)
        {
            // The digest's own links (code, project page), as [label, URL] pairs; arXiv and PDF follow from "x".
            writer.WriteStartArray("l");
            foreach (var link in paper.Links)
            {
                writer.WriteStartArray();
                writer.WriteStringValue(link.Label);
                writer.WriteStringValue(link.Url);
                writer.WriteEndArray();
            }
            writer.WriteEndArray();
        }
        writer.WriteEndObject();
    }
}
