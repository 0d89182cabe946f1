using PaperArchive.Lunr.Tests.Support;

namespace PaperArchive.Lunr.Tests;

/// <summary>lunr.js searching the C#-built index returns what it returns on its own index: same refs, order, scores.</summary>
[Trait("Category", "Slow")]
public sealed class QueryEqualityTests(NodeFixture node) : IClassFixture<NodeFixture>
{

    public static readonly string[] ArchiveQueries =
    [
        "hypernetwork", "learning", "climate", "dark energy", "neural operator", "diffusion models",
        "magnitude invariant parametrizations", "reinforcement learning closures", "the", "the and of",
        "+climate +model", "+learning -reinforcement", "-learning", "model -neural", "+dark +energy -gravitational",
        "title:learning", "abstract:hypernetwork", "title:dark abstract:energy", "tags:MIP", "authors:anyone",
        "hyper*", "param*", "*work", "conv*ence", "learnin~1", "modle~1", "climat~2", "learning^10 model",
        "dark^5 energy^0.5", "title:learning^10", "zzzzqqq", "xylophone orchestra", "GW", "2", "multi-agent",
        "state-of-the-art", "Bi-LSTM", "3D", "LLM", "large language models", "image generation", "trans*",
        "+title:model", "-title:model learning", "graph", "turbulence", "benchmark", "quantum", "video", "reasoning",
    ];

    [Fact]
    public void Sample_archive_queries_match_lunr_js()
    {
        Assert.NotNull(node);
        Assert.True(ArchiveQueries.Length >= 30);
        var corpus = Corpora.SampleArchive();
        using var temp = new TempFolder();

        var expected = LunrJs.Search(LunrJs.BuildIndex(corpus, temp), ArchiveQueries, temp);
        var actual = LunrJs.Search(LunrIndexWriter.ToUtf8Bytes(corpus.BuildIndex()), ArchiveQueries, temp);

        for (var i = 0; i < ArchiveQueries.Length; i++) Assert.True(expected[i] == actual[i], $"query '{ArchiveQueries[i]}':\nlunr.js: {expected[i]}\nC#:      {actual[i]}");
        // The queries must actually exercise ranking, not only return nothing.
        Assert.True(expected.Count(r => r.Length > 100) >= 20, "too few queries with several results");
    }

    /// <summary>What folding is for: accents, hyphenated and slashed words, typed as readers type them.</summary>
    public static readonly string[] FoldingQueries =
    [
        "schrodinger", "Schrödinger", "SCHRODINGER", "erdos", "godel", "naive", "cafe", "angstrom", "zurich", "lukasz",
        "gpt-4o", "GPT-4o", "gpt", "4o", "gpt-4", "state-of-the-art", "+state-of-the-art", "state", "art", "vit-l/14",
        "vit", "l/14", "14", "text-to-image", "bi-lstm", "lstm", "x-ray", "jean-luc", "luc", "-gpt-4o learning",
        "+gpt-4o +schrodinger", "gpt-4*", "schrodingr~1", "body:gpt-4o", "title:vit-b/16", "fine-tuning", "fine",
        "tuning", "ﬁne-tuning", "full", "fullwidth", "ｆｕｌｌｗｉｄｔｈ", "gpt-4o^5 schrodinger", "e", "a", "1/2", "and/or", "co-op",
    ];

    [Theory]
    [InlineData("folded-folding")]
    [InlineData("folded-sample-archive")]
    public void Folded_index_queries_match_lunr_js_running_the_same_fold_function(string corpusName)
    {
        var corpus = Corpora.ByName(corpusName);
        string[] queries = [.. FoldingQueries, .. ArchiveQueries];
        using var temp = new TempFolder();

        var expected = LunrJs.Search(LunrJs.BuildIndex(corpus, temp), queries, temp);
        var actual = LunrJs.Search(LunrIndexWriter.ToUtf8Bytes(corpus.BuildIndex()), queries, temp);

        for (var i = 0; i < queries.Length; i++) Assert.True(expected[i] == actual[i], $"query '{queries[i]}':\nlunr.js: {expected[i]}\nC#:      {actual[i]}");
        Assert.True(expected.Count(r => r.Length > 30) >= 20, "too few queries with results");
    }

    [Fact]
    public void Folding_finds_what_readers_type()
    {
        var corpus = Corpora.ByName("folded-folding");
        using var temp = new TempFolder();
        var index = LunrIndexWriter.ToUtf8Bytes(corpus.BuildIndex());
        string[] queries = ["schrodinger", "gpt-4o", "4o", "vit-l/14", "state-of-the-art", "+state-of-the-art", "fine-tuning", "naive"];

        var results = LunrJs.Search(index, queries, temp);

        // Each finds a document of the corpus; accents and whole hyphenated words find the text that has them.
        Assert.All(results.Zip(queries), r => Assert.Contains("\"ref\":\"folding-", r.First));
        Assert.StartsWith("[{\"ref\":\"folding-0\"", results[0]);
        Assert.StartsWith("[{\"ref\":\"folding-1\"", results[1]);
    }

    [Fact]
    public void Golden_scores_of_lunrs_search_test_corpus()
    {
        var index = LunrIndexWriter.ToUtf8Bytes(Corpora.SearchTest().BuildIndex());
        using var temp = new TempFolder();

        var results = LunrJs.Search(index, ["green"], temp);

        using var parsed = System.Text.Json.JsonDocument.Parse(results[0]);
        var scores = parsed.RootElement.EnumerateArray()
            .Select(r => (Ref: r.GetProperty("ref").GetString(), Score: Math.Round(r.GetProperty("score").GetDouble(), 3))).ToList();
        Assert.Equal([("a", 0.226), ("b", 0.13), ("c", 0.098)], scores);
    }
}
