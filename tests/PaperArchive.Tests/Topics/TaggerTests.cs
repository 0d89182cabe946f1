using System.Collections.Immutable;
using PaperArchive.Topics;

namespace PaperArchive.Tests.Topics;

public sealed class TaggerTests
{
    private static readonly Tagger Tagger = new(SamplePapers.Vocabulary);

    [Fact]
    public void Every_sample_paper_gets_one_to_five_known_tags()
    {
        foreach (var paper in SamplePapers.All)
        {
            var tags = Tagger.Assign(paper);
            Assert.InRange(tags.Length, 1, 5);
            Assert.Equal(tags.Length, tags.Distinct(StringComparer.Ordinal).Count());
            Assert.All(tags, slug => Assert.True(SamplePapers.Vocabulary.BySlug.ContainsKey(slug)));
        }
    }

    [Fact]
    public void Rl_inside_url_is_not_reinforcement_learning()
    {
        var tags = Tagger.Assign("A curated URL dataset", "We crawl every URL and each url shortener; curl fetches the URLs.", []);
        Assert.DoesNotContain("reinforcement-learning", tags);
        Assert.Contains("reinforcement-learning", Tagger.Assign("RL for routing", "We train an RL agent.", []));
    }

    [Fact]
    public void A_graph_of_results_is_not_graph_learning()
    {
        var abstractText = "We plot a graph of the results. The graph shows accuracy; a second graph shows loss. " +
                           "Each graph compares image classification baselines.";
        Assert.DoesNotContain("graph-learning", Tagger.Assign("Better image classification", abstractText, []));
        Assert.Contains("graph-learning", Tagger.Assign("Scalable message passing", "A graph neural network for node classification.", []));
    }

    [Fact]
    public void A_title_match_counts_more_than_the_same_match_in_the_abstract()
    {
        var inTitle = Tagger.Score("Diffusion models for speech", "We study a method.", []);
        var inAbstract = Tagger.Score("A method for speech", "We study diffusion models.", []);
        Assert.True(ScoreOf(inTitle, "generative-models") > 2 * ScoreOf(inAbstract, "generative-models"));
    }

    [Fact]
    public void Repeated_mentions_saturate()
    {
        var once = ScoreOf(Tagger.Score("A study", "We use protein data.", []), "bio-protein");
        var many = ScoreOf(Tagger.Score("A study", string.Concat(Enumerable.Repeat("We use protein data. ", 50)), []), "bio-protein");
        Assert.InRange(many, once, 2 * once);
    }

    [Fact]
    public void Inflections_and_spellings_meet()
    {
        Assert.Contains("generative-models", Tagger.Assign("Unconditional generative modelling", "", []));
        Assert.Contains("climate-weather", Tagger.Assign("Convection parameterisation schemes", "", []));
    }

    [Fact]
    public void Source_tags_map_through_names_slugs_and_phrases_case_insensitively()
    {
        const string title = "A study of things";
        const string abstractText = "We study things.";
        Assert.Equal<string>(["uncategorized"], Tagger.Assign(title, abstractText, []));
        Assert.Equal<string>(["reinforcement-learning"], Tagger.Assign(title, abstractText, ["Reinforcement Learning"]));
        Assert.Equal<string>(["bio-protein"], Tagger.Assign(title, abstractText, ["bio-protein"]));
        Assert.Equal<string>(["generative-models"], Tagger.Assign(title, abstractText, ["DIFFUSION MODELS"]));
        Assert.Equal<string>(["uncategorized"], Tagger.Assign(title, abstractText, ["cooking"]));
    }

    [Fact]
    public void A_source_tag_lifts_a_weak_topic_above_the_threshold()
    {
        const string abstractText = "Results are shown on a time series of prices.";
        Assert.DoesNotContain("time-series", Tagger.Assign("Image classification at scale", abstractText + " Image classification is hard.", []));
        Assert.Contains("time-series", Tagger.Assign("Image classification at scale", abstractText + " Image classification is hard.", ["time series"]));
    }

    [Fact]
    public void A_paper_matching_nothing_is_uncategorized()
    {
        Assert.Equal<string>(["uncategorized"], Tagger.Assign("Notes on cooking pasta", "Boil water, add salt.", []));
    }

    [Fact]
    public void Ties_break_by_slug_and_results_are_deterministic()
    {
        var scores = Tagger.Score("Protein design and galaxy surveys", "", []);
        Assert.Equal<string>(["astrophysics-cosmology", "bio-protein"], scores.Select(s => s.Slug).Take(2));
        var first = Tagger.TagAll(SamplePapers.All);
        var second = new Tagger(SamplePapers.Vocabulary).TagAll(SamplePapers.All.Reverse().ToImmutableArray()).Reverse();
        Assert.Equal(first.Select(p => string.Join(',', p.Tags)), second.Select(p => string.Join(',', p.Tags)));
    }

    private static double ScoreOf(ImmutableArray<TagScore> scores, string slug) =>
        scores.FirstOrDefault(s => s.Slug == slug)?.Score ?? 0;
}
