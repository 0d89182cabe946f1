using System.Text.Json;
using PaperArchive.Lunr;
using PaperArchive.Lunr.Tests.Support;
using PaperArchive.Search;
using PaperArchive.Settings;
using PaperArchive.Tests.Support;

namespace PaperArchive.Tests.Search;

/// <summary>
/// The search page's own core (search-core.js: plan → fetch the needed shards → merge → stock lunr.js) ranks
/// exactly like one monolithic lunr index: same top-20 refs, same order, same scores, and the same second page
/// ("show more", top 40) and result count.
/// </summary>
[Trait("Category", "Slow")]
public sealed class RankingEqualityTests : IClassFixture<RankingEqualityTests.ShardedSite>
{
    private static readonly string[] Queries =
    [
        // single terms
        "transformer", "diffusion", "homology", "quantum", "protein", "attention", "graph", "manifold", "privacy", "reasoning",
        "kalo", "zoqua", "ixum", "machine", "topology",
        // several terms
        "graph neural network", "persistent homology", "quantum protein folding", "sparse attention transformer",
        "diffusion model language", "causal inference bayesian", "climate weather forecasting",
        // presence
        "+graph +neural", "+diffusion -language", "graph -network", "+quantum protein -folding", "-privacy +federated",
        // fields
        "title:transformer", "abstract:homology", "tags:learning", "tags:vision robotics", "title:quantum +abstract:protein", "authors:ka*",
        // wildcards, including prefixes that span shard boundaries
        "trans*", "t*", "dif*", "ho*", "q*", "ka*", "hyper*", "*ation", "gr*ph", "p*",
        // fuzzy
        "transformr~1", "homolgy~1", "graf~2", "qantum~1",
        // boosts
        "graph^10 neural", "diffusion^2 transformer^0.5", "title:graph^5 attention",
        // odd input
        "diffusion,", "(graph)", "GRAPH Neural",
        // common words (in most papers: their postings come from a packed file of their own)
        "method", "results", "method results", "propose graph", "+method -show", "title:method", "method^3 homology",
        // folding: accents and compatibility forms, hyphenated and slashed words whole and split
        "Schrödinger", "schrodinger", "naïve graph", "ﬁne-tuning", "state-of-the-art", "+state-of-the-art", "graph-neural",
        "quantum/protein", "gpt-4o", "-graph-neural transformer", "title:graph-neural", "graph-neur*",
    ];

    private static readonly string[] TypedQueries =
    [
        "diffusi", "transform", "hypernet", "homolo", "graph neur", "quantum prot", "persistent hom", "tra", "ka", "zoq",
        "metho", "results", "graph metho", "graph-neu", "quantum/prot", "Quäntum",
    ];

    /// <summary>
    /// Quoted phrases: ranked as their words required (+word), keeping only documents where lunr.js itself recorded
    /// the words' token positions adjacent (metadataWhitelist ['index']) in one field: stop words inside, hyphens,
    /// accents, common words, a phrase with plain words, fields and exclusions, two phrases, an unmatched quote.
    /// </summary>
    private static readonly string[] PhraseQueries =
    [
        "\"world model\"", "\"world models\"", "\"model world\"", "\"world model\" robot", "robot \"world model\"", "\"world model\" -robot",
        "title:robot \"world model\"", "\"world model\" \"robot control\"", "\"world of model\"", "\"the world model\"",
        "\"state of the art\"", "\"state of the art\" detection", "\"state-of-the-art\"", "\"state art\"",
        "\"GPT-4o model\"", "\"gpt 4o model\"", "\"gpt-4o\" evaluation",
        "\"Schrödinger bridge\"", "\"schrodinger bridge\"", "\u201cSchrödinger bridges\u201d",
        "\"graph neural\"", "\"neural network\"", "\"quantum protein\"", "\"method results\"", "\"propose method\"", "\"results method\" graph",
        "\"world model", "world model\"",
    ];

    private readonly ShardedSite site;

    public RankingEqualityTests(ShardedSite site) => this.site = site;

    [Fact]
    public void Queries_over_merged_shards_rank_exactly_like_the_monolithic_index()
    {
        Assert.True(Queries.Length >= 50, $"{Queries.Length} queries");
        var reports = site.Run(Queries, typing: false);
        AssertSameRankings(reports);
        Assert.True(reports.Count(r => r.GetProperty("total").GetInt32() > 0) >= 45, "most queries should find papers");
        Assert.True(site.FilesFor("t*") >= 3, "a prefix spanning shards");
        Assert.True(site.CommonTerms.Contains("method") && site.CommonTerms.Contains("result"), "the common words have files of their own");
        var method = reports.Single(r => r.GetProperty("query").GetString() == "method");
        Assert.True(method.GetProperty("total").GetInt32() > 2000);
        // Top-k: lunr scores only the documents that can reach the first page, not every match of a common word.
        Assert.InRange(method.GetProperty("scored").GetInt32(), 20, 100);
        // Impact blocks: a common word alone needs its head file only (its document set and its best 128 documents);
        // two common words read some of their later blocks, not all (each query starts from a cold cache).
        var blocks = site.CommonBlocks();
        Assert.True(blocks["method"] >= 3 && blocks["result"] >= 3, $"method: {blocks["method"]} blocks, result: {blocks["result"]}");
        Assert.Equal(1, method.GetProperty("files").GetInt32());
        var both = reports.Single(r => r.GetProperty("query").GetString() == "method results");
        Assert.InRange(both.GetProperty("files").GetInt32(), 2, blocks["method"] + blocks["result"] - 1);
    }

    [Fact]
    public void As_you_type_queries_rank_exactly_like_the_monolithic_index()
    {
        var reports = site.Run(TypedQueries, typing: true);
        AssertSameRankings(reports);
        Assert.All(reports, r => Assert.True(r.GetProperty("total").GetInt32() > 0, r.GetProperty("query").GetString()));
    }

    /// <summary>
    /// With a filter, the results are exactly lunr's over the whole index with the papers the filter leaves out removed
    /// (not the first page filtered): counts and both pages compared. The allowed papers come from the archive here,
    /// the sharded search reads them from the catalogue. Sorted by upvotes or newest, the order is the archive's.
    /// </summary>
    [Fact]
    public void Filtered_and_sorted_queries_keep_exactly_the_monolithic_results_the_filter_allows()
    {
        (string Tag, string From, string To)[] filters =
            [("machine-learning", "", ""), ("", "2024-02", ""), ("", "", "2024-01"), ("topology", "2024-01", "2024-01"), ("robotics", "2024-02", "2024-02")];
        string[] queries = ["graph", "method", "diffusion model language", "+graph -neural", "trans*", "title:quantum", "homolgy~1", "method results"];
        var items = new List<object>();
        foreach (var query in queries)
            foreach (var (tag, from, to) in filters)
                items.Add(new { query, filter = new { tag, from, to }, allowed = site.Allowed(tag, from, to) });
        foreach (var query in new[] { "graph", "method", "trans*" })
        {
            items.Add(new { query, filter = new { tag = "robotics", from = "", to = "" }, allowed = site.Allowed("robotics", "", ""), sort = "upvotes", rank = site.Rank("upvotes") });
            items.Add(new { query, filter = new { tag = "", from = "2024-02", to = "" }, allowed = site.Allowed("", "2024-02", ""), sort = "newest", rank = site.Rank("newest") });
        }
        var reports = site.Run(items, typing: false);
        AssertSameRankings(reports);
        Assert.True(reports.Count(r => r.GetProperty("total").GetInt32() > 40) >= 20, "most filtered queries have a second page");
        var method = reports.Single(r => r.GetProperty("query").GetString()!.Contains("\"method\",\"filter\":{\"tag\":\"machine-learning\"", StringComparison.Ordinal));
        Assert.True(method.GetProperty("total").GetInt32() > 400);
        Assert.InRange(method.GetProperty("scored").GetInt32(), 20, 100);
    }

    [Fact]
    public void Phrase_queries_rank_like_their_words_required_restricted_to_adjacent_terms()
    {
        var reports = site.RunPhrases(PhraseQueries);
        AssertSameRankings(reports);
        int Total(string query) => reports.Single(r => r.GetProperty("query").GetString() == query).GetProperty("total").GetInt32();
        int Unrestricted(string query) => reports.Single(r => r.GetProperty("query").GetString() == query).GetProperty("requiredTotal").GetInt32();
        // The restriction is real: the words required match more papers than the phrase.
        Assert.InRange(Total("\"world model\""), 9, Unrestricted("\"world model\"") - 6);
        Assert.True(Total("\"state of the art\"") >= 6 && Total("\"state of the art\"") < Unrestricted("\"state of the art\""));
        Assert.True(Total("\"GPT-4o model\"") >= 3 && Total("\"GPT-4o model\"") < Unrestricted("\"GPT-4o model\""));
        Assert.Equal(Total("\"Schrödinger bridge\""), Total("\"schrodinger bridge\""));
        Assert.True(Total("\"method results\"") > 0 && Total("\"method results\"") < Unrestricted("\"method results\""), "common words' positions");
        // An unmatched quote is plain words: no phrase, the same answer as without the quote.
        Assert.Equal(0, reports.Single(r => r.GetProperty("query").GetString() == "\"world model").GetProperty("phrases").GetArrayLength());
        Assert.True(Total("\"world model") > Total("\"world model\""));
    }

    /// <summary>A shard alone is a lunr index (weights in posting metadata, no field vectors) that stock lunr.Index.load accepts.</summary>
    [Fact]
    public void Every_shard_loads_in_lunr_and_every_common_term_file_unpacks()
    {
        var report = site.CheckShards();
        Assert.Equal(site.ShardCount, report.GetProperty("shards").GetArrayLength());
        Assert.All(report.GetProperty("shards").EnumerateArray(), s => Assert.True(s.GetProperty("terms").GetInt32() > 0));
        Assert.Equal(site.CommonTerms.Count, report.GetProperty("common").GetArrayLength());
        Assert.All(report.GetProperty("common").EnumerateArray(), c => Assert.True(c.GetProperty("postings").GetInt32() > 1000));
    }

    private static void AssertSameRankings(IReadOnlyList<JsonElement> reports)
    {
        Assert.All(reports, report =>
        {
            var query = report.GetProperty("query").GetString();
            Assert.Equal("ok", report.GetProperty("status").GetString());
            Assert.Equal(report.GetProperty("monolithicTotal").GetInt32(), report.GetProperty("total").GetInt32());
            // Raw JSON text compares refs, order and the exact numbers JS produced.
            Assert.True(report.GetProperty("monolithic").GetRawText() == report.GetProperty("sharded").GetRawText(), $"query '{query}' ranks differently");
        });
    }

    /// <summary>3,000 synthetic papers cut into small shards and common-term files, plus the monolithic index of the same papers.</summary>
    public sealed class ShardedSite : IDisposable
    {
        private readonly TempFolder temp = new();
        private readonly string searchFolder;
        private readonly string monolithicPath;

        public ShardedSite()
        {
            var archive = SyntheticPapers.WithPhrases(SyntheticPapers.Generate(3000));
            papers = SearchOrder.Of(archive);
            var options = new SearchOptions { ShardTargetBytes = 16 * 1024, CommonTermBytes = 32 * 1024, SingleShardBelowBytes = 0 };
            var files = SearchFiles.Build(archive, new SiteSettings(), options);
            ShardCount = files.Count(f => f.Path.StartsWith("search/shards/", StringComparison.Ordinal));
            using var manifest = JsonDocument.Parse(files[0].Bytes);
            CommonTerms = manifest.RootElement.GetProperty("common").EnumerateArray().Select(c => c[0].GetString()!).ToHashSet(StringComparer.Ordinal);
            searchFolder = SearchTooling.WriteFiles(files, temp["site"]);
            monolithicPath = temp["monolithic.json"];
            var monolithic = SearchFields.BuildIndex(archive);
            var monolithicRefs = monolithic.DocumentRefs;
            File.WriteAllBytes(monolithicPath, LunrIndexWriter.ToUtf8Bytes(monolithic));
            positionsIndex = new Lazy<string>(() =>
            {
                // lunr.js indexes the same folded fields itself, recording token positions (build-index.js … positions).
                var corpus = SearchTooling.WriteJson(temp, "corpus.json", new
                {
                    fold = true,
                    fields = SearchFields.All.Select(f => new { name = f.Name, boost = f.Boost }),
                    // In the site index's document order, so tied scores come out in the same order.
                    documents = monolithicRefs.Select(slug => archive[slug]).Select(p => new { @ref = p.Slug, values = SearchFields.ValuesOf(p, archive).Select(v => v.Text) }),
                });
                var path = temp["monolithic-positions.json"];
                NodeTooling.RunScript("build-index.js", corpus, path, "positions");
                return path;
            });
        }

        private readonly IReadOnlyList<PaperArchive.Model.Paper> papers;
        private readonly Lazy<string> positionsIndex;

        public int ShardCount { get; }

        /// <summary>The slugs of the papers a filter allows, from the archive: the topic carried, the first day's month in range.</summary>
        public string[] Allowed(string tag, string from, string to) => [.. papers
            .Where(p => tag == "" || p.Tags.Contains(tag))
            .Where(p => from == "" || string.CompareOrdinal(SearchCatalogue.MonthOf(p), from) >= 0)
            .Where(p => to == "" || string.CompareOrdinal(SearchCatalogue.MonthOf(p), to) <= 0)
            .Select(p => p.Slug)];

        /// <summary>Every slug's position in a sort: newest first day first; most upvotes (none known last), most days, newest.</summary>
        public Dictionary<string, int> Rank(string sort)
        {
            var newest = papers.Reverse();
            var ordered = sort == "upvotes" ? newest.OrderByDescending(p => p.Upvotes ?? -1).ThenByDescending(p => p.Days.Length) : newest;
            return ordered.Select((p, i) => (p.Slug, i)).ToDictionary(p => p.Slug, p => p.i, StringComparer.Ordinal);
        }

        public IReadOnlySet<string> CommonTerms { get; }

        /// <summary>Phrase queries, against a monolithic index lunr.js builds itself with token positions.</summary>
        public IReadOnlyList<JsonElement> RunPhrases(IReadOnlyList<string> queries)
        {
            var path = SearchTooling.WriteJson(temp, Guid.NewGuid().ToString("N") + ".json", queries);
            return [.. SearchTooling.RunJson("search-sharded.js", searchFolder, positionsIndex.Value, path, "plain", "phrases").EnumerateArray()];
        }

        public IReadOnlyList<JsonElement> Run<T>(IReadOnlyList<T> queries, bool typing)
        {
            Assert.True(ShardCount >= 20, $"{ShardCount} shards");
            var path = SearchTooling.WriteJson(temp, Guid.NewGuid().ToString("N") + ".json", queries);
            return [.. SearchTooling.RunJson("search-sharded.js", searchFolder, monolithicPath, path, typing ? "typing" : "plain").EnumerateArray()];
        }

        public JsonElement CheckShards() => SearchTooling.RunJson("check-shards.js", searchFolder);

        /// <summary>Each common term's number of impact blocks (its head's inline block included).</summary>
        public Dictionary<string, int> CommonBlocks() => CheckShards().GetProperty("common").EnumerateArray()
            .ToDictionary(c => c.GetProperty("term").GetString()!, c => c.GetProperty("blocks").GetInt32(), StringComparer.Ordinal);

        public int FilesFor(string query) => Run([query], typing: false)[0].GetProperty("files").GetInt32();

        public void Dispose() => temp.Dispose();
    }
}
