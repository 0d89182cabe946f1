using System.Text.Json;
using PaperArchive.Model;
using PaperArchive.Pages;
using PaperArchive.Settings;

namespace PaperArchive.Search;

/// <summary>
/// What a result shows (title, URL, first/last day, tag names, excerpt), split into small chunks. A paper's
/// chunk is <see cref="Fnv1a.ChunkOf"/> of its slug, so the browser fetches only the chunks of the results it shows.
/// </summary>
public static class DisplayChunks
{
    public static int ChunkCount(int papers, SearchOptions options) => Math.Max(1, (papers + options.PapersPerChunk - 1) / options.PapersPerChunk);

    /// <summary>The chunks' bytes, in chunk-number order. Papers keep archive order inside a chunk.</summary>
    public static byte[][] Build(Archive archive, SiteSettings settings, SearchOptions options)
    {
        var count = ChunkCount(archive.Papers.Length, options);
        var members = new List<Paper>[count];
        for (var i = 0; i < count; i++) members[i] = [];
        foreach (var paper in archive.Papers) members[Fnv1a.ChunkOf(paper.Slug, count)].Add(paper);

        var chunks = new byte[count][];
        Parallel.For(0, count, i => chunks[i] = SearchFile.Json(writer =>
        {
            writer.WriteStartObject();
            foreach (var paper in members[i]) WritePaper(writer, paper, archive, settings, options);
            writer.WriteEndObject();
        }));
        return chunks;
    }

    private static void WritePaper(Utf8JsonWriter writer, Paper paper, Archive archive, SiteSettings settings, SearchOptions options)
    {
        writer.WriteStartObject(paper.Slug);
        writer.WriteString("t", paper.Title);
        writer.WriteString("u", settings.Link(Routes.Paper(paper)));
        writer.WriteStartArray("d");
        writer.WriteStringValue(Routes.DayKey(paper.FirstDay));
        writer.WriteStringValue(Routes.DayKey(paper.LastDay));
        writer.WriteEndArray();
        writer.WriteStartArray("g");
        foreach (var tag in paper.Tags) writer.WriteStringValue(archive.TagOf(tag).Name);
        writer.WriteEndArray();
        writer.WriteString("e", Excerpt.Of(paper.Abstract, options.ExcerptLength));
        writer.WriteEndObject();
    }
}
