using PaperArchive.Lunr;
using PaperArchive.Model;
using PaperArchive.Routing;
using PaperArchive.Settings;

namespace PaperArchive.Search;

/// <summary>One shard as the manifest lists it: its first and last term and its file (relative to the manifest).</summary>
public sealed record ShardEntry(string FirstTerm, string LastTerm, string File);

/// <summary>A common term and the file of its packed postings (relative to the manifest).</summary>
public sealed record CommonTermEntry(string Term, string File);

/// <summary>
/// Builds every file of the sharded search data under <c>search/</c>: the manifest (fixed URL), the lunr
/// shards, the common terms' postings, the sorted term list (for fuzzy queries) and the display chunks — all but
/// the manifest with content-hashed names. Linear in the index size (one transpose of the field vectors, one pass
/// to plan, each file written from its own terms, in parallel). Deterministic: the same archive gives the same bytes.
/// </summary>
public static class SearchFiles
{
    public const int FormatVersion = 4;

    public static IReadOnlyList<SearchFile> Build(Archive archive, SiteSettings settings, SearchOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(archive);
        ArgumentNullException.ThrowIfNull(settings);
        options ??= SearchOptions.Default;
        var papers = SearchOrder.Of(archive);
        var index = SearchFields.BuildIndex(archive, papers);
        var postings = WeightedPostings.Of(index);
        var plan = ShardPlanner.Plan(index, postings, options);
        var common = new bool[index.Terms.Count];
        foreach (var term in plan.CommonTerms) common[term.Index] = true;

        var shardBytes = new byte[plan.Ranges.Count][];
        var commonBytes = new byte[plan.CommonTerms.Count][];
        Parallel.For(0, shardBytes.Length + commonBytes.Length, i =>
        {
            if (i < shardBytes.Length) shardBytes[i] = WeightedShardWriter.Write(index, postings, plan.Ranges[i], term => common[term.Index]);
            else commonBytes[i - shardBytes.Length] = CommonTermFile.Write(index, postings, plan.CommonTerms[i - shardBytes.Length]);
        });
        var chunkBytes = DisplayChunks.Build(archive, papers, settings, options);
        var tagFiles = SearchCatalogue.TagFiles(archive, papers);
        var factsBytes = SearchCatalogue.FactsFiles(papers, options);
        var termBytes = SearchFile.Json(writer =>
        {
            writer.WriteStartArray();
            foreach (var term in index.Terms) writer.WriteStringValue(term.Text);
            writer.WriteEndArray();
        });

        var files = new List<SearchFile>(shardBytes.Length + commonBytes.Length + chunkBytes.Length + tagFiles.Count + factsBytes.Length + 2);
        var shards = new List<ShardEntry>(shardBytes.Length);
        for (var i = 0; i < shardBytes.Length; i++)
        {
            var file = Add(files, "shards/", shardBytes[i]);
            var (offset, length) = plan.Ranges[i].GetOffsetAndLength(index.Terms.Count);
            shards.Add(new ShardEntry(
                length == 0 ? "" : index.Terms[offset].Text,
                length == 0 ? "" : index.Terms[offset + length - 1].Text,
                file));
        }
        var commonTerms = plan.CommonTerms.Select((term, i) => new CommonTermEntry(term.Text, Add(files, "common/", commonBytes[i]))).ToList();
        var termsFile = Add(files, "terms/", termBytes);
        var chunkNames = chunkBytes.Select(bytes => Add(files, "chunks/", bytes, DisplayChunks.NameLength)["chunks/".Length..]).ToArray();
        if (chunkNames.Distinct(StringComparer.Ordinal).Count() != chunkNames.Length)
            throw new InvalidOperationException("Two search display chunks got the same name (a 48-bit hash collision); please report this archive.");

        var catalogue = new CatalogueEntries(
            SearchCatalogue.Months(papers),
            [.. tagFiles.Select(tag => new CatalogueTag(tag.Slug, tag.Name, tag.Documents.Length, AddShared(files, "tags/", tag.Bytes)))],
            options.PapersPerFactsFile,
            [.. factsBytes.Select(bytes => AddShared(files, "facts/", bytes))]);
        var manifest = new SearchManifest(FormatVersion, index.Version, index.Fields, papers.Length, shards, commonTerms, termsFile, options.PapersPerChunk, chunkNames, catalogue);
        files.Insert(0, new SearchFile(Routes.SearchManifest, manifest.ToJson()));
        return files;
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
    private static string Add(List<SearchFile> files, string folder, byte[] bytes, int hexDigits = 16)
    {
        var file = folder + SearchFile.ContentName(bytes, hexDigits);
        files.Add(new SearchFile(Routes.SearchFile(file), bytes));
        return file;
    }
}
