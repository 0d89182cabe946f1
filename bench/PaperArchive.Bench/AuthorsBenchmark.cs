using System.Globalization;
using PaperArchive.Bench.Synthetic;

namespace PaperArchive.Bench;

/// <summary>
/// Author figures for the author-page decision. Usage: <c>authors [papers…]</c> (default 10000 100000). For each
/// archive size and share of new authors per slot (0.3, 0.5, 0.7: the one unknown of the model), prints authors per
/// paper, distinct authors, how many have two or more papers, and the author pages each policy would write beside
/// the paper pages.
/// </summary>
public sealed class AuthorsBenchmark : IBenchmark
{
    public string Name => "authors";
    public string Description => "author counts and author pages per policy (default 10000 and 100000 papers)";

    public Task<int> RunAsync(string[] args)
    {
        var sizes = args.Length > 0 ? args.Select(a => int.Parse(a, CultureInfo.InvariantCulture)).ToArray() : [10_000, 100_000];
        Console.WriteLine("| papers | new-author share | authors a paper: median / mean / max | distinct authors | with 2+ papers | with 5+ papers | pages, every author | pages, 2+ papers |");
        Console.WriteLine("|---:|---:|---|---:|---:|---:|---:|---:|");
        foreach (var size in sizes)
            foreach (var share in new[] { 0.3, 0.5, 0.7 })
            {
                var lists = SyntheticAuthors.Generate(size, share);
                var counts = lists.Select(l => l.Length).Order().ToArray();
                var papersOf = new Dictionary<int, int>();
                foreach (var list in lists)
                    foreach (var a in list) papersOf[a] = papersOf.GetValueOrDefault(a) + 1;
                var two = papersOf.Values.Count(n => n >= 2);
                var five = papersOf.Values.Count(n => n >= 5);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {size:N0} | {share:F1} | {counts[counts.Length / 2]} / {counts.Average():F1} / {counts[^1]} | {papersOf.Count:N0} | {two:N0} ({100.0 * two / papersOf.Count:F0}%) | {five:N0} | {papersOf.Count / (double)size:F1}× papers | {two / (double)size:F1}× papers |"));
            }
        return Task.FromResult(0);
    }
}
