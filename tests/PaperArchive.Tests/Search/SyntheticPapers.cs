using System.Globalization;
using System.Text;
using PaperArchive.Model;

namespace PaperArchive.Tests.Search;

/// <summary>
/// A seeded archive with a large vocabulary spread over the whole alphabet (real research words plus made-up
/// ones), so that small shard sizes give many shards and prefixes cross shard boundaries.
/// </summary>
public static class SyntheticPapers
{
    private static readonly string[] ResearchWords =
    [
        "transformer", "transformers", "transformation", "transform", "transport", "translation", "transfer", "transient",
        "diffusion", "diffusional", "homology", "persistent", "hypernetwork", "hypernetworks", "graph", "graphs", "neural",
        "network", "networks", "attention", "sparse", "quantum", "protein", "folding", "reinforcement", "learning", "policy",
        "gradient", "descent", "bayesian", "inference", "operator", "operators", "manifold", "topology", "embedding",
        "retrieval", "language", "model", "models", "vision", "segmentation", "detection", "robotics", "climate", "weather",
        "forecasting", "causal", "contrastive", "distillation", "compression", "federated", "privacy", "alignment", "reasoning",
    ];
    private static readonly string[] Syllables = ["ka", "lo", "mi", "ne", "ra", "tu", "zo", "be", "xi", "qua", "fen", "dor", "yl", "vak", "gri", "sho", "pla", "wen", "ix", "um"];
    private static readonly (string Slug, string Name)[] TagVocabulary =
        [("machine-learning", "Machine Learning"), ("computer-vision", "Computer Vision"), ("topology", "Algebraic Topology"), ("robotics", "Robotics")];
    private static readonly string[] Filler = ["we", "the", "of", "and", "a", "propose", "show", "results", "method", "with", "on", "for"];

    public static Archive Generate(int count, int seed = 7)
    {
        var random = new Random(seed);
        var invented = Enumerable.Range(0, 1500).Select(_ => Invent(random)).Distinct(StringComparer.Ordinal).ToArray();
        string Word() => random.Next(3) switch
        {
            0 => ResearchWords[random.Next(ResearchWords.Length)],
            1 => invented[random.Next(invented.Length)],
            _ => Filler[random.Next(Filler.Length)],
        };
        var day = new DateOnly(2024, 1, 1);
        var papers = new List<Paper>(count);
        for (var i = 0; i < count; i++)
        {
            var title = string.Join(' ', Enumerable.Range(0, 4 + random.Next(6)).Select(_ => Word()));
            var text = new StringBuilder();
            for (var w = 0; w < 40 + random.Next(80); w++) text.Append(w == 0 ? "" : " ").Append(Word());
            var slug = string.Create(CultureInfo.InvariantCulture, $"{title.Replace(' ', '-')}-{i}");
            papers.Add(new Paper
            {
                Key = "synthetic:" + i.ToString(CultureInfo.InvariantCulture),
                Slug = slug.Length > 60 ? slug[^60..].TrimStart('-') : slug,
                Title = char.ToUpperInvariant(title[0]) + title[1..],
                Abstract = text.Append('.').ToString(),
                Days = [day.AddDays(i / 50)],
                Authors = [.. Enumerable.Range(0, 1 + random.Next(3)).Select(_ => Capitalize(Invent(random)) + " " + Capitalize(Invent(random)))],
                Tags = [.. TagVocabulary.Where(_ => random.Next(4) == 0).Select(t => t.Slug)],
            });
        }
        var unique = papers.GroupBy(p => p.Slug, StringComparer.Ordinal).Select(g => g.First()).OrderBy(p => p.Slug, StringComparer.Ordinal);
        return new Archive([.. unique], [], [.. TagVocabulary.Select(t => new Tag(t.Slug, t.Name, ""))]);
    }

    /// <summary>
    /// The archive with papers whose titles and abstracts hold phrases and near misses (the words reversed, apart,
    /// in different fields, a stop word between, hyphenated or accented), among synthetic words, for phrase queries.
    /// </summary>
    public static Archive WithPhrases(Archive archive, int seed = 11)
    {
        (string Title, string Abstract)[] texts =
        [
            ("World model for robot control", "We learn a world model and plan with it."),
            ("Robot control with learned dynamics", "A world model of the scene guides the robot."),
            ("Model world of robots", "The model is the world it sees."),
            ("World models for planning", "Learned world models predict the next frame."),
            ("A world of model robots", "Small robots in a world where each model differs."),
            ("World knowledge", "A model that knows the world."),
            ("State of the art segmentation", "We reach the state of the art on three benchmarks."),
            ("State-of-the-art detection", "A state-of-the-art detector with robot data."),
            ("State art detection", "The state for the art of detection."),
            ("The art of state estimation", "State estimation as an art."),
            ("GPT-4o model evaluation", "We evaluate the GPT-4o model on reasoning."),
            ("GPT 4o model study", "A study of the gpt 4o model."),
            ("Schrödinger bridge sampling", "Schrödinger bridges for generative modelling."),
            ("Schrodinger bridge matching", "The schrodinger bridge problem revisited."),
            ("Bridge of Schrödinger", "A bridge between Schrödinger equations."),
            ("Robot world", "Robots model their world."),
        ];
        var random = new Random(seed);
        var words = ResearchWords.Concat(Filler).ToArray();
        string Noise(int count) => string.Join(' ', Enumerable.Range(0, count).Select(_ => words[random.Next(words.Length)]));
        var day = new DateOnly(2025, 6, 1);
        var added = new List<Paper>();
        for (var copy = 0; copy < 3; copy++)
            for (var i = 0; i < texts.Length; i++)
            {
                var (title, summary) = texts[i];
                added.Add(new Paper
                {
                    Key = string.Create(CultureInfo.InvariantCulture, $"phrase:{copy}:{i}"),
                    Slug = string.Create(CultureInfo.InvariantCulture, $"phrase-{copy}-{i}"),
                    Title = copy == 0 ? title : title + " " + Noise(copy),
                    Abstract = Noise(random.Next(10)) + " " + summary + " " + Noise(random.Next(20)),
                    Days = [day.AddDays(copy)],
                    Authors = ["Ada Lovelace"],
                    Tags = [],
                });
            }
        return new Archive([.. archive.Papers.Concat(added).OrderBy(p => p.Slug, StringComparer.Ordinal)], [], archive.Tags);
    }

    private static string Invent(Random random) => string.Concat(Enumerable.Range(0, 2 + random.Next(3)).Select(_ => Syllables[random.Next(Syllables.Length)]));

    private static string Capitalize(string word) => char.ToUpperInvariant(word[0]) + word[1..];
}
