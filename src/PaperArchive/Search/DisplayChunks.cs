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
/// </summary>
public static class DisplayChunks
{
    /// <summary>
    /// Hex digits of a chunk's content-hashed name. The manifest lists every chunk's name (6,250 at 100,000 papers), so
    /// they are shorter than other files' names: 48 bits still make a clash between two chunks of one site
    /// unlikely (~1 in 10 million at 100,000 papers), and one would stop the build, never mix up results.
    /// </summary>
    public const int NameLength = 12;

    /// <summary>Authors a result row names before "et al.".</summary>
    public const int ResultAuthors = 3;

    public static int ChunkCount(int papers, SearchOptions options) => Math.Max(1, (papers + options.PapersPerChunk - 1) / options.PapersPerChunk);

    /// <summary>The chunks' bytes, in chunk-number order. Document numbers are archive order, as in the index.</summary>
    public static byte[][] Build(Archive archive, SiteSettings settings, SearchOptions options)
    {
        var count = ChunkCount(archive.Papers.Length, options);
        var chunks = new byte[count][];
        Parallel.For(0, count, i => chunks[i] = SearchFile.Json(writer =>
        {
            writer.WriteStartArray();
            var end = Math.Min(archive.Papers.Length, (i + 1) * options.PapersPerChunk);
            for (var document = i * options.PapersPerChunk; document < end; document++) WritePaper(writer, archive.Papers[document], archive, settings, options);
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
