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
        var votes = new Random(seed + 1); // apart, so the text of every paper stays what it was before papers had upvotes
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
                Days = i % 7 == 3 ? [day.AddDays(i / 50), day.AddDays(i / 50 + 1)] : [day.AddDays(i / 50)],
                Upvotes = votes.Next(6) == 0 ? null : votes.Next(40),
                Authors = [.. Enumerable.Range(0, 1 + random.Next(3)).Select(_ => Capitalize(Invent(random)) + " " + Capitalize(Invent(random)))],
                Tags = [.. TagVocabulary.Where(_ => random.Next(4) == 0).Select(t => t.Slug)],
            });
        }
        var unique = papers.GroupBy(p => p.Slug, StringComparer.Ordinal).Select(g => g.First()).OrderBy(p => p.Slug, StringComparer.Ordinal);
        return new Archive([.. unique], [], [.. TagVocabulary.Select(t => new Tag(t.Slug, t.Name, ""))]);
    }

    private static string Invent(Random random) => string.Concat(Enumerable.Range(0, 2 + random.Next(3)).Select(_ => Syllables[random.Next(Syllables.Length)]));

    private static string Capitalize(string word) => char.ToUpperInvariant(word[0]) + word[1..];
}
