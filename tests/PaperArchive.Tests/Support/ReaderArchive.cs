using System.Globalization;
using System.Text.Json;

namespace PaperArchive.Tests.Support;

/// <summary>
/// An archive with what readers' pages show: a 50-paper day in the Hugging Face API's shape (many authors, arXiv ids,
/// code and project links, upvotes, comments, stars, thumbnails, AI summaries, TeX in titles and abstracts), a
/// plain-text day in another week and month, and an empty newest day. Used by the browser, HTML-validity and
/// accessibility tests of list rows, paper pages, weeks, months and authors, and by the screenshot script.
/// </summary>
public static class ReaderArchive
{
    public const string BigDay = "2025-03-10";
    public const int BigDayPapers = 50;

    private static readonly string[] Given = ["Ada", "Alan", "Grace", "Emmy", "Kurt", "Sofia", "Srinivasa", "Maryam", "Terence", "Jürgen", "Yoshua", "Fei-Fei"];
    private static readonly string[] Family = ["Lovelace", "Turing", "Hopper", "Noether", "Gödel", "Kovalevskaya", "Ramanujan", "Mirzakhani", "Tao", "Schmidhuber", "Bengio", "Li"];
    private static readonly string[] Topics =
    [
        "Sparse Attention for Long-Context Language Models", "Diffusion Policies for Robot Manipulation", "Scaling Laws of Mixture-of-Experts Transformers",
        "Retrieval-Augmented Reasoning over Tables", "Video Generation with Latent Diffusion", "Reinforcement Learning from Verifier Feedback",
        "Efficient Quantization of Vision Transformers", "Multimodal Agents for Web Navigation", "Graph Neural Networks for Molecule Design",
        "Speculative Decoding at Scale",
    ];

    /// <summary>Writes the archive's input folder under <paramref name="folder"/> and returns its path.</summary>
    public static string Write(TempFolder folder, string baseUrl = "https://example.org/sub/path/") => Write(folder["reader-input"], baseUrl);

    public static string Write(string input, string baseUrl = "https://example.org/sub/path/")
    {
        Directory.CreateDirectory(Path.Combine(input, "digests"));
        File.WriteAllText(Path.Combine(input, "archive.yml"), $"title: Reader Test Archive\ndescription: Trending papers for the reader tests.\nbaseUrl: {baseUrl}\n");
        File.WriteAllText(Path.Combine(input, "digests", BigDay + ".json"), BigDayJson());
        File.WriteAllText(Path.Combine(input, "digests", "2025-02-27.txt"),
            "Feb 27, 2025\n\nA Plain Paper About Climate Forecasting\n\nWe forecast weather with neural operators. It costs US$5 per run, and $5 more with ensembles.\n\n" +
            "Another Plain Paper on Protein Folding\n\nWe fold proteins with diffusion models and evaluate on standard benchmarks.\n\n");
        // The newest day is empty (a holiday): home must still show the newest day that has papers.
        File.WriteAllText(Path.Combine(input, "digests", "2025-03-12.json"), "[]\n");
        return input;
    }

    private static string BigDayJson()
    {
        var items = new List<object>();
        for (var i = 0; i < BigDayPapers; i++)
        {
            var id = string.Create(CultureInfo.InvariantCulture, $"2503.{10000 + i:D5}");
            var authorCount = 1 + i * 7 % 14;
            var authors = Enumerable.Range(0, authorCount)
                .Select(a => new { name = $"{Given[(i + a) % Given.Length]} {Family[(i * 3 + a) % Family.Length]}", hidden = false }).ToList();
            var title = i switch
            {
                0 => "Sorting in $\\mathcal{O}(n \\log n)$ Comparisons, Revisited",
                1 => "Attention Is Still All You Need: A Very Long Title That Wraps Onto a Second Line on Narrow Screens and Phones",
                _ => $"{Topics[i % Topics.Length]} ({(i / Topics.Length + 1).ToString(CultureInfo.InvariantCulture)})",
            };
            var summary = (i == 3 ? "Our broken formula $\\frac{a$ stays as written. " : "") + (i == 0 ? "We bound the cost by $T(n) = 2T(n/2) + \\Theta(n)$ and show \\(x^2 \\ge 0\\) in the display \\[\\sum_{k=1}^n k = \\frac{n(n+1)}{2}.\\] " : "")
                + $"We study {Topics[i % Topics.Length].ToLowerInvariant()} and propose a method that improves accuracy while reducing cost. "
                + "Experiments on standard benchmarks show consistent gains over strong baselines, and ablations explain where the gains come from. "
                + "We release code, data and trained models to support further research in this direction.";
            var paper = new Dictionary<string, object?>
            {
                ["id"] = id,
                ["authors"] = authors,
                ["publishedAt"] = "2025-03-07T17:59:30.000Z",
                ["title"] = title,
                ["summary"] = summary,
                ["upvotes"] = (i * 37) % 211,
                ["ai_keywords"] = new[] { "language models", "benchmarks" },
            };
            if (i % 2 == 0) { paper["githubRepo"] = $"https://github.com/example/repo-{i.ToString(CultureInfo.InvariantCulture)}"; paper["githubStars"] = i * 123; }
            if (i % 3 == 0) paper["projectPage"] = $"https://example.org/project-{i.ToString(CultureInfo.InvariantCulture)}";
            if (i % 4 == 0) paper["ai_summary"] = "The paper shows a simpler method that matches larger models on standard benchmarks.";
            items.Add(new Dictionary<string, object?>
            {
                ["paper"] = paper,
                ["publishedAt"] = "2025-03-10T03:00:00.000Z",
                ["title"] = title,
                ["numComments"] = i % 5,
                ["thumbnail"] = $"https://cdn-thumbnails.huggingface.co/social-thumbnails/papers/{id}.png",
            });
        }
        return JsonSerializer.Serialize(items, new JsonSerializerOptions { WriteIndented = true });
    }
}
