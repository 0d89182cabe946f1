using System.Diagnostics;
using System.Globalization;
using PaperArchive.TeX;

namespace PaperArchive.Bench;

/// <summary>
/// TeX → MathML at build time (Temml in Jint). Usage: <c>math [formulas]</c> (default 2000). Prints the cost of the
/// first engine (loading Temml), then the cost per distinct formula on one thread and on every core, and of a cached
/// formula. Formulas are the shapes abstracts hold: complexities, norms, sums, fractions, Greek letters.
/// </summary>
public sealed class MathBenchmark : IBenchmark
{
    public string Name => "math";
    public string Description => "TeX to MathML per formula (default 2000 distinct formulas)";

    private static readonly string[] Shapes =
    [
        "\\mathcal{{O}}(n^{{{0}}} \\log n)", "\\|x - y\\|_{{{0}}} \\le \\epsilon", "\\sum_{{i=1}}^{{{0}}} x_i^2", "\\frac{{1}}{{{0}}} \\sum_k \\alpha_k",
        "\\mathbb{{R}}^{{d \\times {0}}}", "p_\\theta(x_{{t-{0}}} \\mid x_t)", "\\sqrt{{{0}}} \\cdot \\sigma", "{0}\\times", "\\tilde{{O}}(\\sqrt{{T}} + {0})",
    ];

    public Task<int> RunAsync(string[] args)
    {
        var count = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 2000;
        var formulas = Enumerable.Range(0, count).Select(i => string.Format(CultureInfo.InvariantCulture, Shapes[i % Shapes.Length], i)).ToArray();

        var clock = Stopwatch.StartNew();
        var first = new TexRenderer();
        first.Render("x", false);
        var engineMs = clock.Elapsed.TotalMilliseconds;

        clock.Restart();
        foreach (var formula in formulas) first.Render(formula, false);
        var oneThread = clock.Elapsed.TotalMilliseconds;

        clock.Restart();
        foreach (var formula in formulas) first.Render(formula, false);
        var cached = clock.Elapsed.TotalMilliseconds;

        var parallel = new TexRenderer();
        clock.Restart();
        Parallel.ForEach(formulas, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, f => parallel.Render(f, false));
        var allCores = clock.Elapsed.TotalMilliseconds;

        Console.WriteLine("| step | total ms | per formula ms |");
        Console.WriteLine("|---|---:|---:|");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| first engine (load Temml) | {engineMs:F0} | — |"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {count} distinct formulas, one thread (engine warm) | {oneThread:F0} | {oneThread / count:F3} |"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {count} distinct formulas, {Environment.ProcessorCount} cores (new engines included) | {allCores:F0} | {allCores / count:F3} |"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| the same {count} again (cached) | {cached:F1} | {cached / count:F4} |"));
        return Task.FromResult(0);
    }
}
