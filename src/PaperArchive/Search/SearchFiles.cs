using PaperArchive.Lunr;
using PaperArchive.Model;
using PaperArchive.Routing;
using PaperArchive.Settings;

namespace PaperArchive.Search;

/// <summary>
/// One shard as the manifest lists it: its first and last term, its file and the file of its terms' positions
/// (relative to the manifest; positions are read by phrase queries only).
/// </summary>
public sealed record ShardEntry(string FirstTerm, string LastTerm, string File, string PositionsFile);

/// <summary>A common term, the file of its packed postings and the file of its positions (relative to the manifest).</summary>
public sealed record CommonTermEntry(string Term, string File, string PositionsFile);

/// <summary>
/// Builds every file of the sharded search data under <c>search/</c>: the manifest (fixed URL), the lunr
/// shards, the common terms' postings, every term's positions (for phrases), the sorted term list (for fuzzy queries) and the display chunks — all but
/// the manifest with content-hashed names. Linear in the index size (one transpose of the field vectors, one pass
/// to plan, each file written from its own terms, in parallel). Deterministic: the same archive gives the same bytes.
/// </summary>
public static class SearchFiles
{
    public const int FormatVersion = 6;

    /// <param name="cancellation">Checked between steps and files: a stopped build does not wait for the whole search data.</param>
    public static IReadOnlyList<SearchFile> Build(Archive archive, SiteSettings settings, SearchOptions? options = null, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(archive);
        ArgumentNullException.ThrowIfNull(settings);
        options ??= SearchOptions.Default;
        var papers = SearchOrder.Of(archive);
        var index = SearchFields.BuildIndex(archive, papers);
        cancellation.ThrowIfCancellationRequested();
        var postings = WeightedPostings.Of(index);
        cancellation.ThrowIfCancellationRequested();
        var positions = SearchFields.PositionsOf(index, archive);
        cancellation.ThrowIfCancellationRequested();
        var plan = ShardPlanner.Plan(index, postings, options);
        var common = new bool[index.Terms.Count];
        foreach (var term in plan.CommonTerms) common[term.Index] = true;

        var shardBytes = new byte[plan.Ranges.Count][];
        var commonFiles = new CommonTermFiles[plan.CommonTerms.Count];
        var shardPositionBytes = new byte[plan.Ranges.Count][];
        var commonPositionBytes = new byte[plan.CommonTerms.Count][];
        var fileCount = shardBytes.Length + commonFiles.Length;
        Parallel.For(0, 2 * fileCount, new ParallelOptions { CancellationToken = cancellation }, i =>
        {
            var positionsFile = i >= fileCount;
            var j = positionsFile ? i - fileCount : i;
            if (j < shardBytes.Length)
            {
                if (!positionsFile) shardBytes[j] = WeightedShardWriter.Write(index, postings, plan.Ranges[j], term => common[term.Index]);
                else
                {
                    var (offset, length) = plan.Ranges[j].GetOffsetAndLength(index.Terms.Count);
                    var terms = Enumerable.Range(offset, length).Select(t => index.Terms[t]).Where(term => !common[term.Index]);
                    shardPositionBytes[j] = PositionsFile.Write(index, positions, terms);
                }
            }
            else if (!positionsFile) commonFiles[j - shardBytes.Length] = CommonTermFile.Write(index, postings, plan.CommonTerms[j - shardBytes.Length], "common/");
            else commonPositionBytes[j - shardBytes.Length] = PositionsFile.Write(index, positions, [plan.CommonTerms[j - shardBytes.Length]]);
        });
        cancellation.ThrowIfCancellationRequested();
        var chunkBytes = DisplayChunks.Build(archive, papers, settings, options);
        var tagFiles = SearchCatalogue.TagFiles(archive, papers);
        var factsBytes = SearchCatalogue.FactsFiles(papers, options);
        var termBytes = SearchFile.Json(writer =>
        {
            writer.WriteStartArray();
            foreach (var term in index.Terms) writer.WriteStringValue(term.Text);
            writer.WriteEndArray();
        });

        var searchFiles = new List<SearchFile>(2 * fileCount + chunkBytes.Length + tagFiles.Count + factsBytes.Length + 2);
        var shards = new List<ShardEntry>(shardBytes.Length);
        for (var i = 0; i < shardBytes.Length; i++)
        {
            var file = Add(searchFiles, "shards/", shardBytes[i]);
            var (offset, length) = plan.Ranges[i].GetOffsetAndLength(index.Terms.Count);
            shards.Add(new ShardEntry(
                length == 0 ? "" : index.Terms[offset].Text,
                length == 0 ? "" : index.Terms[offset + length - 1].Text,
                file,
                Add(searchFiles, "positions/", shardPositionBytes[i])));
        }
        var commonTerms = new List<CommonTermEntry>(commonFiles.Length);
        for (var i = 0; i < commonFiles.Length; i++)
        {
            foreach (var (file, bytes) in commonFiles[i].Blocks) searchFiles.Add(new SearchFile(Routes.SearchFile(file), bytes));
            commonTerms.Add(new CommonTermEntry(plan.CommonTerms[i].Text, Add(searchFiles, "common/", commonFiles[i].Head), Add(searchFiles, "positions/", commonPositionBytes[i])));
        }
        var termsFile = Add(searchFiles, "terms/", termBytes);
        var groupNames = DisplayChunks.GroupNames(chunkBytes, options);
        for (var chunk = 0; chunk < chunkBytes.Length; chunk++)
            searchFiles.Add(new SearchFile(Routes.SearchFile(DisplayChunks.ChunkFile(groupNames[chunk / options.ChunksPerGroup], chunk, options)), chunkBytes[chunk]));

        var catalogue = new CatalogueEntries(
            SearchCatalogue.Months(papers),
            [.. tagFiles.Select(tag => new CatalogueTag(tag.Slug, tag.Name, tag.Documents.Length, AddShared(searchFiles, "tags/", tag.Bytes)))],
            options.PapersPerFactsFile,
            [.. factsBytes.Select(bytes => AddShared(searchFiles, "facts/", bytes))]);
        var manifest = new SearchManifest(FormatVersion, index.Version, index.Fields, papers.Length, shards, commonTerms, termsFile, options.PapersPerChunk, options.ChunksPerGroup, groupNames, catalogue);
        searchFiles.Insert(0, new SearchFile(Routes.SearchManifest, manifest.ToJson()));
        return searchFiles;
    }

    /// <summary>
    /// Adds a content-named file unless the same bytes are already there (two topics carried by the same papers list the
    /// same documents, so they share one file); returns its path relative to the manifest.
    /// </summary>
    private static string AddShared(List<SearchFile> files, string folder, byte[] bytes)
    {
        var file = folder + SearchFile.ContentName(bytes);
        if (!files.Any(f => f.Path == Routes.SearchFile(file))) files.Add(new SearchFile(Routes.SearchFile(file), bytes));
        return file;
    }

    /// <summary>Adds a content-named file under <paramref name="folder"/>; returns its path relative to the manifest.</summary>
    private static string Add(List<SearchFile> files, string folder, byte[] bytes)
    {
        var file = folder + SearchFile.ContentName(bytes);
        files.Add(new SearchFile(Routes.SearchFile(file), bytes));
        return file;
    }
}
