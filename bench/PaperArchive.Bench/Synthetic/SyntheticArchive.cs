using System.Globalization;
using System.Text;

namespace PaperArchive.Bench.Synthetic;

/// <summary>A synthetic paper: realistic-looking title and abstract, and the days it trended.</summary>
public sealed record SyntheticPaper(string Title, string Abstract, IReadOnlyList<string> Authors, IReadOnlyList<DateOnly> Days);

/// <summary>
/// Deterministic generator of archives of N papers (~50 a day, ~5% trending on several days), with
/// titles and abstracts drawn from research-topic phrase lists so that tagging, related papers and search
/// see text shaped like the real thing. Same seed → same archive.
/// </summary>
public static class SyntheticArchive
{
    private static readonly string[] Topics =
    [
        "large language models", "diffusion models", "reinforcement learning", "graph neural networks",
        "vision transformers", "neural operators", "persistent homology", "Bayesian inference",
        "climate modelling", "protein structure prediction", "quantum error correction", "robot manipulation",
        "speech recognition", "3D reconstruction", "federated learning", "causal inference",
        "gradient descent", "sparse attention", "contrastive learning", "dark energy",
        "partial differential equations", "time series forecasting", "knowledge distillation", "code generation",
    ];
    private static readonly string[] Verbs =
        ["improves", "accelerates", "stabilizes", "scales", "rethinks", "unifies", "benchmarks", "explains"];
    private static readonly string[] Nouns =
    [
        "training", "inference", "generalization", "robustness", "alignment", "sample efficiency", "calibration",
        "memory", "convergence", "interpretability", "uncertainty", "reasoning", "retrieval", "compression",
    ];
    private static readonly string[] Words =
    [
        "we", "propose", "a", "novel", "method", "that", "the", "of", "and", "to", "in", "for", "with", "on",
        "results", "show", "significant", "improvements", "over", "baselines", "across", "several", "benchmarks",
        "our", "approach", "leverages", "structure", "data", "model", "models", "learning", "framework", "efficient",
        "experiments", "demonstrate", "state-of-the-art", "performance", "while", "reducing", "cost", "analysis",
        "theoretical", "guarantees", "empirical", "evaluation", "tasks", "large-scale", "dataset", "datasets",
        "existing", "methods", "suffer", "from", "limited", "scalability", "this", "paper", "introduces", "new",
        "algorithm", "based", "optimization", "objective", "loss", "network", "networks", "architecture", "layer",
        "representation", "representations", "prior", "work", "however", "remains", "challenging", "problem",
        "solution", "simple", "effective", "code", "available", "publicly", "training", "inference", "accuracy",
    ];
    private static readonly string[] Names =
        ["Ada", "Ben", "Chen", "Dana", "Eli", "Fatima", "Goro", "Hana", "Ivan", "Jun", "Kofi", "Lena", "Mina", "Noor", "Omar", "Priya"];
    private static readonly string[] Surnames =
        ["Smith", "Wang", "Müller", "García", "Kim", "Okafor", "Rossi", "Sato", "Novak", "Haddad", "Li", "Dubois"];

    public static IReadOnlyList<SyntheticPaper> Generate(int count, int seed = 42, int papersPerDay = 50)
    {
        var random = new Random(seed);
        var start = new DateOnly(2020, 1, 1);
        var papers = new List<SyntheticPaper>(count);
        for (var i = 0; i < count; i++)
        {
            var topic = Topics[random.Next(Topics.Length)];
            var other = Topics[random.Next(Topics.Length)];
            var title = string.Create(CultureInfo.InvariantCulture,
                $"{Capitalize(Verbs[random.Next(Verbs.Length)])} {Nouns[random.Next(Nouns.Length)]} of {topic} with {other} #{i}");
            var abstractText = new StringBuilder();
            var sentences = 6 + random.Next(6);
            for (var s = 0; s < sentences; s++)
            {
                var length = 12 + random.Next(14);
                for (var w = 0; w < length; w++)
                {
                    if (w > 0) abstractText.Append(' ');
                    abstractText.Append(random.Next(10) == 0 ? (random.Next(2) == 0 ? topic : other) : Words[random.Next(Words.Length)]);
                }
                abstractText.Append(". ");
            }
            var authors = Enumerable.Range(0, 1 + random.Next(5))
                .Select(_ => $"{Names[random.Next(Names.Length)]} {Surnames[random.Next(Surnames.Length)]}")
                .ToList();
            var first = start.AddDays(i / papersPerDay);
            var days = random.Next(20) == 0 ? new[] { first, first.AddDays(1 + random.Next(3)) } : new[] { first };
            papers.Add(new SyntheticPaper(title, Capitalize(abstractText.ToString().TrimEnd()), authors, days));
        }
        return papers;
    }

    /// <summary>Writes the archive as plain-text digests (one file a day) into <paramref name="digestFolder"/>.</summary>
    public static int WriteDigests(IReadOnlyList<SyntheticPaper> papers, string digestFolder)
    {
        Directory.CreateDirectory(digestFolder);
        var byDay = papers.SelectMany(p => p.Days.Select(d => (Day: d, Paper: p)))
            .GroupBy(x => x.Day).OrderBy(g => g.Key);
        var files = 0;
        foreach (var day in byDay)
        {
            var text = new StringBuilder();
            text.Append(day.Key.ToString("MMM d, yyyy", CultureInfo.InvariantCulture)).Append("\n\n");
            foreach (var (_, paper) in day)
                text.Append(paper.Title).Append("\n\n").Append(paper.Abstract).Append("\n\n");
            File.WriteAllText(Path.Combine(digestFolder, day.Key.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + ".txt"), text.ToString());
            files++;
        }
        return files;
    }

    /// <summary>
    /// Writes the archive as daily-papers JSON digests (one file a day) with upvotes: per paper a log-normal count
    /// (median 10, a long tail into the hundreds, like the daily-papers feed), seeded, so sorting by upvotes and its
    /// catalogue are measured on realistic numbers. Same titles and abstracts as <see cref="WriteDigests"/>.
    /// </summary>
    public static int WriteDigestsWithUpvotes(IReadOnlyList<SyntheticPaper> papers, string digestFolder, int seed = 17)
    {
        Directory.CreateDirectory(digestFolder);
        var random = new Random(seed);
        var upvotes = new Dictionary<SyntheticPaper, int>(ReferenceEqualityComparer.Instance);
        foreach (var paper in papers)
        {
            // Box–Muller: a standard normal from two uniforms.
            var normal = Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
            upvotes[paper] = (int)Math.Round(Math.Exp(Math.Log(10) + 1.2 * normal));
        }
        var files = 0;
        foreach (var day in papers.SelectMany(p => p.Days.Select(d => (Day: d, Paper: p))).GroupBy(x => x.Day).OrderBy(g => g.Key))
        {
            var items = day.Select(x => new { paper = new { title = x.Paper.Title, summary = x.Paper.Abstract, upvotes = upvotes[x.Paper] } });
            File.WriteAllText(Path.Combine(digestFolder, day.Key.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + ".json"), System.Text.Json.JsonSerializer.Serialize(items));
            files++;
        }
        return files;
    }

    private static string Capitalize(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];
}
