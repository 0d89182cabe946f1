using System.IO.Compression;
using System.Text.Json;
using PaperArchive.Lunr;
using PaperArchive.Model;
using PaperArchive.Search;
using PaperArchive.Settings;
using PaperArchive.Site;
using PaperArchive.Tests.Support;

namespace PaperArchive.Tests.Search;

/// <summary>The search files of a built site: manifest, shards lunr.js can load, display chunks, lunr.min.js.</summary>
public class SearchFilesTests
{
    [Fact, Trait("Category", "Slow")]
    public async Task The_sample_site_has_a_manifest_one_loadable_shard_chunks_and_lunr()
    {
        using var temp = new TempFolder();
        var report = await SiteBuilder.BuildAsync(new BuildOptions(RepoPaths.Input, temp["site"], RepoPaths.Theme));
        Assert.True(report.Succeeded);
        var search = temp["site/search"];

        using var manifest = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(search, "manifest.json")));
        var root = manifest.RootElement;
        Assert.Equal(54, root.GetProperty("documents").GetInt32());
        Assert.Equal(["title", "abstract", "authors", "tags"], root.GetProperty("fields").EnumerateArray().Select(f => f.GetString()!));
        Assert.Single(root.GetProperty("shards").EnumerateArray());
        var nameLength = root.GetProperty("chunkGroupNameLength").GetInt32();
        var names = root.GetProperty("chunkGroups").GetString()!;
        Assert.Equal(0, names.Length % nameLength);
        // The chunk files are exactly those the manifest's groups name.
        var chunks = SearchTooling.ChunkFiles(root);
        Assert.Equal(chunks.Order(StringComparer.Ordinal), Directory.GetFiles(Path.Combine(search, "chunks")).Select(f => "chunks/" + Path.GetFileName(f)).Order(StringComparer.Ordinal));
        Assert.True(File.Exists(Path.Combine(search, root.GetProperty("terms").GetString()!)));

        var loaded = SearchTooling.RunJson("check-shards.js", search);
        Assert.True(loaded.GetProperty("shards")[0].GetProperty("terms").GetInt32() > 1000);
        Assert.Empty(root.GetProperty("common").EnumerateArray());

        // Chunks hold consecutive document numbers (archive order), each paper with its slug and a base-path URL.
        var papersPerChunk = root.GetProperty("papersPerChunk").GetInt32();
        var papers = chunks.SelectMany(c => JsonDocument.Parse(File.ReadAllBytes(Path.Combine(search, c))).RootElement.EnumerateArray()).ToList();
        Assert.Equal(54, papers.Count);
        Assert.Equal((54 + papersPerChunk - 1) / papersPerChunk, chunks.Count);
        Assert.Equal(54, papers.Select(p => p.GetProperty("s").GetString()).Distinct().Count());
        Assert.All(papers, p =>
        {
            Assert.Equal($"/paper-archive/papers/{p.GetProperty("s").GetString()}/", p.GetProperty("u").GetString());
            Assert.True(p.GetProperty("e").GetString()!.Length <= 201);
        });

        var lunr = File.ReadAllText(temp["site/assets/lunr.min.js"]);
        Assert.Contains("2.3.9", lunr);
        var page = File.ReadAllText(temp["site/search/index.html"]);
        Assert.Contains("data-base=\"/paper-archive/\"", page);
        Assert.Contains("src=\"/paper-archive/assets/search-core.js\"", page);
        Assert.Contains("aria-live=\"polite\"", page);
        Assert.Contains("<noscript>", page);
    }

    [Fact]
    public void A_result_carries_what_a_row_shows_its_dates_in_the_archives_locale_comments_and_links()
    {
        var generated = SyntheticPapers.Generate(2);
        var paper = generated.Papers[0] with
        {
            Days = [new DateOnly(2025, 3, 10), new DateOnly(2025, 3, 11)],
            NumComments = 3,
            Links = [new("Code", "https://github.com/example/x"), new("Project page", "https://example.org/x")],
        };
        var archive = generated.WithPapers([paper, generated.Papers[1]]);
        var chunk = DisplayChunks.Build(archive, [paper, generated.Papers[1]], new SiteSettings { Locale = "fr" }, SearchOptions.Default)[0];
        using var json = JsonDocument.Parse(chunk);
        // Documents are in first-trended order (SearchOrder.Of), so the entries are found by slug.
        var first = json.RootElement.EnumerateArray().Single(e => e.GetProperty("s").GetString() == paper.Slug);
        var other = json.RootElement.EnumerateArray().Single(e => e.GetProperty("s").GetString() == generated.Papers[1].Slug);
        Assert.Equal("10–11 mars 2025", first.GetProperty("d").GetString());
        Assert.Equal(3, first.GetProperty("c").GetInt32());
        Assert.Equal("[[\"Code\",\"https://github.com/example/x\"],[\"Project page\",\"https://example.org/x\"]]", first.GetProperty("l").GetRawText());
        Assert.False(other.TryGetProperty("l", out _));
    }

    /// <summary>
    /// Chunks are named by their group's hash: a change to any byte of a chunk renames its group's chunks and no other,
    /// and adding a day (papers last in search order, some earlier ones trending again) renames only the chunks of the
    /// last groups — the earlier ones keep their names and may stay cached.
    /// </summary>
    [Fact]
    public void A_new_day_renames_only_the_last_groups_chunks_and_any_changed_byte_renames_its_group()
    {
        var options = new SearchOptions { PapersPerChunk = 4, ChunksPerGroup = 8 };
        var full = SyntheticPapers.Generate(3000);
        // The archive as of the newest day on which papers first trended (a later day only has papers trending again),
        // and as of the day before it.
        var lastDay = full.Papers.Max(p => p.FirstDay);
        var after = full.WithPapers([.. full.Papers.Select(p => p with { Days = [.. p.Days.Where(d => d <= lastDay)] })]);
        var before = after.WithPapers([.. after.Papers.Where(p => p.FirstDay < lastDay).Select(p => p with { Days = [.. p.Days.Where(d => d < lastDay)] })]);
        List<string> Files(Archive archive)
        {
            var chunks = DisplayChunks.Build(archive, SearchOrder.Of(archive), new SiteSettings(), options);
            var names = DisplayChunks.GroupNames(chunks, options);
            return [.. Enumerable.Range(0, chunks.Length).Select(i => DisplayChunks.ChunkFile(names[i / options.ChunksPerGroup], i, options))];
        }
        var old = Files(before);
        var current = Files(after);
        Assert.True(after.Papers.Length - before.Papers.Length > 10);
        // The day's papers are the last documents; earlier papers trending again that day show a new last day.
        var order = SearchOrder.Of(after);
        var firstChanged = Enumerable.Range(0, order.Length).First(document => order[document].Days.Contains(lastDay));
        var firstRenamed = firstChanged / options.PapersPerChunk / options.ChunksPerGroup * options.ChunksPerGroup;
        Assert.True(firstRenamed > 300, $"{firstRenamed}");
        Assert.Equal(old[..firstRenamed], current[..firstRenamed]);
        Assert.Empty(current[firstRenamed..].Intersect(old));
        var bytes = DisplayChunks.Build(after, SearchOrder.Of(after), new SiteSettings(), options);
        var names = DisplayChunks.GroupNames(bytes, options);
        var edited = bytes.Select(b => (byte[])b.Clone()).ToArray();
        edited[19][^2] ^= 1; // chunk 19 is in group 2
        var renamedGroups = DisplayChunks.GroupNames(edited, options).Select((name, group) => (name, group)).Where(g => g.name != names[g.group]).Select(g => g.group);
        Assert.Equal([2], renamedGroups);
        // Where a chunk ends is part of the name too: the same bytes cut differently are another group.
        var moved = bytes.Select(b => (byte[])b.Clone()).ToArray();
        (moved[16], moved[17]) = ([.. bytes[16], .. bytes[17][..1]], bytes[17][1..]);
        Assert.NotEqual(names[2], DisplayChunks.GroupNames(moved, options)[2]);
    }

    [Fact]
    public void A_single_shard_is_no_bigger_than_the_monolithic_index()
    {
        var archive = SyntheticPapers.Generate(60);
        var files = SearchFiles.Build(archive, new SiteSettings());
        var shards = files.Where(f => f.Path.StartsWith("search/shards/", StringComparison.Ordinal)).ToList();
        Assert.Single(shards);
        Assert.True(shards[0].Bytes.Length <= LunrIndexWriter.ToUtf8Bytes(SearchFields.BuildIndex(archive)).Length);
    }

    /// <summary>
    /// Shards carry each posting's weight and a document number instead of field vectors keyed by slug, and common
    /// terms are packed: everything a query can fetch totals well under the monolithic index (target ≤ 1.3×).
    /// </summary>
    [Fact, Trait("Category", "Slow")]
    public void Index_files_of_a_20000_paper_archive_total_under_the_monolithic_index()
    {
        var archive = SyntheticPapers.Generate(20_000);
        var files = SearchFiles.Build(archive, new SiteSettings());
        var index = files.Where(f => f.Path.StartsWith("search/shards/", StringComparison.Ordinal) || f.Path.StartsWith("search/common/", StringComparison.Ordinal)).ToList();
        var monolithic = LunrIndexWriter.ToUtf8Bytes(SearchFields.BuildIndex(archive));
        Assert.True(index.Count(f => f.Path.Contains("/shards/", StringComparison.Ordinal)) > 10, $"{index.Count} files");
        Assert.Contains(index, f => f.Path.Contains("/common/", StringComparison.Ordinal));
        double raw = index.Sum(s => (long)s.Bytes.Length), gzipped = index.Sum(s => Gzip(s.Bytes));
        Assert.True(raw <= 1.0 * monolithic.Length, $"index files {raw:N0} B vs monolithic {monolithic.Length:N0} B");
        Assert.True(gzipped <= 1.0 * Gzip(monolithic), $"gzipped index files {gzipped:N0} B vs monolithic {Gzip(monolithic):N0} B");
    }

    [Fact]
    public async Task Two_builds_write_byte_identical_search_files()
    {
        using var temp = new TempFolder();
        await SiteBuilder.BuildAsync(new BuildOptions(RepoPaths.Input, temp["a"], RepoPaths.Theme));
        await SiteBuilder.BuildAsync(new BuildOptions(RepoPaths.Input, temp["b"], RepoPaths.Theme));
        var a = TestArchives.Snapshot(temp["a/search"]);
        var b = TestArchives.Snapshot(temp["b/search"]);
        Assert.Equal(a.Keys, b.Keys);
        Assert.All(a, file => Assert.Equal(file.Value, b[file.Key]));

        var archive = SyntheticPapers.Generate(3000);
        var options = new SearchOptions { ShardTargetBytes = 32 * 1024, SingleShardBelowBytes = 0 };
        var first = SearchFiles.Build(archive, new SiteSettings(), options);
        var second = SearchFiles.Build(archive, new SiteSettings(), options);
        Assert.Equal(first.Select(f => f.Path), second.Select(f => f.Path));
        Assert.All(first.Zip(second), pair => Assert.Equal(pair.First.Bytes, pair.Second.Bytes));
    }

    [Fact]
    public void Shards_cover_the_sorted_terms_in_order_without_overlap()
    {
        var archive = SyntheticPapers.Generate(2000);
        var index = SearchFields.BuildIndex(archive);
        var ranges = ShardPlanner.Plan(index, WeightedPostings.Of(index), new SearchOptions { ShardTargetBytes = 16 * 1024, SingleShardBelowBytes = 0 }).Ranges;
        Assert.True(ranges.Count > 20);
        var next = 0;
        foreach (var range in ranges)
        {
            var (offset, length) = range.GetOffsetAndLength(index.Terms.Count);
            Assert.Equal(next, offset);
            Assert.True(length > 0);
            next = offset + length;
        }
        Assert.Equal(index.Terms.Count, next);
    }

    /// <summary>
    /// Every shard names a positions file holding exactly its terms that are not common, and every common term one of
    /// its own; decoded (document gaps, counts, position gaps) they give back every term's positions in every field.
    /// </summary>
    [Fact]
    public void Positions_files_hold_every_terms_positions_beside_its_shard_or_common_file()
    {
        var archive = SyntheticPapers.Generate(1500);
        var options = new SearchOptions { ShardTargetBytes = 16 * 1024, CommonTermBytes = 16 * 1024, SingleShardBelowBytes = 0 };
        var files = SearchFiles.Build(archive, new SiteSettings(), options).ToDictionary(f => f.Path, f => f.Bytes, StringComparer.Ordinal);
        var index = SearchFields.BuildIndex(archive);
        var positions = SearchFields.PositionsOf(index, archive);
        var termIndex = index.Terms.ToDictionary(t => t.Text, t => t.Index, StringComparer.Ordinal);
        using var manifest = JsonDocument.Parse(files["search/manifest.json"]);
        JsonElement Read(string path) => JsonDocument.Parse(files["search/" + path]).RootElement;
        var common = manifest.RootElement.GetProperty("common").EnumerateArray().Select(c => c[0].GetString()!).ToHashSet(StringComparer.Ordinal);
        Assert.NotEmpty(common);
        var seen = new List<string>();
        foreach (var entry in manifest.RootElement.GetProperty("common").EnumerateArray())
        {
            var held = Read(entry[2].GetString()!).EnumerateObject().ToList();
            Assert.Equal([entry[0].GetString()], held.Select(p => p.Name));
            seen.Add(held[0].Name);
            AssertPositions(held[0]);
        }
        foreach (var shard in manifest.RootElement.GetProperty("shards").EnumerateArray())
        {
            var shardTerms = Read(shard[2].GetString()!).GetProperty("invertedIndex").EnumerateArray().Select(t => t[0].GetString()!).Where(t => !common.Contains(t));
            var held = Read(shard[3].GetString()!).EnumerateObject().ToList();
            Assert.Equal(shardTerms, held.Select(p => p.Name));
            foreach (var term in held) AssertPositions(term);
            seen.AddRange(held.Select(p => p.Name));
        }
        Assert.Equal(index.Terms.Count, seen.Distinct().Count());

        void AssertPositions(JsonProperty term)
        {
            var fields = term.Value.EnumerateArray().ToList();
            Assert.Equal(index.Fields.Count, fields.Count);
            for (var field = 0; field < fields.Count; field++)
            {
                var flat = fields[field].EnumerateArray().Select(n => n.GetInt32()).ToArray();
                var decoded = new List<(int, int)>();
                for (int i = 0, document = 0; i < flat.Length;)
                {
                    document += flat[i++];
                    var count = flat[i++];
                    for (int k = 0, position = 0; k < count; k++) decoded.Add((document, position += flat[i++]));
                }
                var documents = positions.Documents(termIndex[term.Name], field).ToArray();
                var places = positions.Positions(termIndex[term.Name], field).ToArray();
                Assert.Equal(documents.Zip(places), decoded);
            }
        }
    }

    /// <summary>A stopped build does not wait for the search data (positions made it the longest step no pipeline checks).</summary>
    [Fact]
    public void A_cancelled_build_stops_writing_the_search_files()
    {
        using var stopped = new CancellationTokenSource();
        stopped.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => SearchFiles.Build(SyntheticPapers.Generate(200), new SiteSettings(), cancellation: stopped.Token));
    }

    private static long Gzip(byte[] bytes)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal, leaveOpen: true)) gzip.Write(bytes);
        return buffer.Length;
    }
}
