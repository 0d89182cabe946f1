using PaperArchive.Lunr;
using PaperArchive.Model;
using PaperArchive.Pages;
using PaperArchive.Settings;

namespace PaperArchive.Search;

/// <summary>One shard as the manifest lists it: its first and last term and its file (relative to the manifest).</summary>
public sealed record ShardEntry(string FirstTerm, string LastTerm, string File);

/// <summary>
/// Builds every file of the sharded search data under <c>search/</c>: the manifest (fixed URL), the lunr
/// shards, the sorted term list (for fuzzy queries) and the display chunks — all but the manifest with
/// content-hashed names. Deterministic: the same archive gives the same bytes.
/// </summary>
public static class SearchFiles
{
    public const string ManifestPath = Routes.Search + "manifest.json";
    public const int FormatVersion = 1;

    public static IReadOnlyList<SearchFile> Build(Archive archive, SiteSettings settings, SearchOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(archive);
        ArgumentNullException.ThrowIfNull(settings);
        options ??= SearchOptions.Default;
        var index = SearchFields.BuildIndex(archive);
        var ranges = ShardPlanner.Plan(index, options);

        var shardBytes = new byte[ranges.Count][];
        Parallel.For(0, ranges.Count, i =>
        {
            using var buffer = new MemoryStream();
            LunrIndexWriter.Write(index, buffer, ranges[i]);
            shardBytes[i] = buffer.ToArray();
        });
        var chunkBytes = DisplayChunks.Build(archive, settings, options);
        var termBytes = SearchFile.Json(writer =>
        {
            writer.WriteStartArray();
            foreach (var term in index.Terms) writer.WriteStringValue(term.Text);
            writer.WriteEndArray();
        });

        var files = new List<SearchFile>(ranges.Count + chunkBytes.Length + 2);
        var shards = new List<ShardEntry>(ranges.Count);
        for (var i = 0; i < ranges.Count; i++)
        {
            var file = "shards/" + SearchFile.ContentName(shardBytes[i]);
            var (offset, length) = ranges[i].GetOffsetAndLength(index.Terms.Count);
            shards.Add(new ShardEntry(
                length == 0 ? "" : index.Terms[offset].Text,
                length == 0 ? "" : index.Terms[offset + length - 1].Text,
                file));
            files.Add(new SearchFile(Routes.Search + file, shardBytes[i]));
        }
        var termsFile = "terms/" + SearchFile.ContentName(termBytes);
        files.Add(new SearchFile(Routes.Search + termsFile, termBytes));
        var chunkNames = chunkBytes.Select(SearchFile.ContentName).ToArray();
        for (var i = 0; i < chunkBytes.Length; i++) files.Add(new SearchFile(Routes.Search + "chunks/" + chunkNames[i], chunkBytes[i]));

        var manifest = new SearchManifest(FormatVersion, index.Version, index.Fields, archive.Papers.Length, shards, termsFile, chunkNames);
        files.Insert(0, new SearchFile(ManifestPath, manifest.ToJson()));
        return files;
    }
}
