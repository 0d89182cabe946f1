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
