using System.Globalization;
using System.Text;
using System.Text.Json;
using PaperArchive.Bench.Synthetic;
using PaperArchive.Model;

namespace PaperArchive.Bench;

/// <summary>
/// The headline comparison: the same synthetic papers built by PaperArchive and by Hugo (Debian's package, on the PATH),
/// alternately in the same run on the same machine, as clean builds. Hugo gets equivalent Markdown — one page per
/// paper and per day, with front matter — and the minimal layouts in bench/hugo; its default feeds and sitemap stay on.
/// </summary>
public sealed class HugoBenchmark : IBenchmark
{
    public string Name => "hugo";
    public string Description => "PaperArchive vs Hugo on the same N papers (--papers 1000,10000 --runs 3): time, peak memory, ratio";

    public Task<int> RunAsync(string[] args)
    {
        var (sizes, runs) = Workload.ParseOptions(args);
        var version = ChildRun.Run("hugo", ["version"], Workload.RepoRoot).Output.Trim();
        Console.WriteLine($"<!-- {version} -->");
        Console.WriteLine($"| Papers | PaperArchive (median of {runs}) | Hugo (median of {runs}) | PaperArchive / Hugo time | PaperArchive peak memory | Hugo peak memory |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|");
        foreach (var size in sizes)
        {
            var folder = Workload.TempFolder($"hugo-{size}");
            var input = Path.Combine(folder, "input");
            var papers = Workload.WriteInput(size, input);
            var hugoSite = Path.Combine(folder, "hugo");
            WriteHugoSite(papers, hugoSite);

            var ours = new List<Measurement>();
            var theirs = new List<Measurement>();
            // Alternate, so that drift in the machine's load affects both alike.
            for (var run = 0; run < runs; run++)
            {
                ours.Add(Workload.BuildWithCli(input, Path.Combine(folder, "output")));
                theirs.Add(BuildWithHugo(hugoSite, Path.Combine(folder, "hugo-output")));
            }
            var oursSeconds = ChildRun.Median(ours.Select(m => m.Wall.TotalSeconds));
            var theirsSeconds = ChildRun.Median(theirs.Select(m => m.Wall.TotalSeconds));
            Console.WriteLine($"| {Workload.N(size)} | {Workload.N(oursSeconds, "0.00")} s | {Workload.N(theirsSeconds, "0.00")} s | {Workload.N(oursSeconds / theirsSeconds, "0.00")}× | "
                + $"{Workload.N(ChildRun.Median(ours.Select(m => m.PeakMegabytes)))} MB | {Workload.N(ChildRun.Median(theirs.Select(m => m.PeakMegabytes)))} MB |");
            Directory.Delete(folder, recursive: true);
        }
        return Task.FromResult(0);
    }

    internal static Measurement BuildWithHugo(string site, string output)
    {
        if (Directory.Exists(output)) Directory.Delete(output, recursive: true);
        var run = ChildRun.Run("hugo", ["--quiet", "-s", site, "-d", output], site);
        if (run.ExitCode != 0) throw new InvalidOperationException("hugo failed:\n" + run.Output);
        return run;
    }

    /// <summary>The papers as Hugo content: a page per paper and a page per day listing its papers with excerpts, as PaperArchive makes them.</summary>
    internal static void WriteHugoSite(IReadOnlyList<SyntheticPaper> papers, string site)
    {
        var source = Path.Combine(Workload.RepoRoot, "bench", "hugo");
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(site, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        var paperFolder = Path.Combine(site, "content", "papers");
        var dayFolder = Path.Combine(site, "content", "days");
        Directory.CreateDirectory(paperFolder);
        Directory.CreateDirectory(dayFolder);

        // One page per paper even when two titles make the same slug (Hugo would otherwise build one of them).
        var taken = new HashSet<string>(StringComparer.Ordinal);
        var slugs = papers.ToDictionary<SyntheticPaper, SyntheticPaper, string>(p => p, p =>
        {
            var slug = Slugs.FromTitle(p.Title);
            for (var n = 2; !taken.Add(slug); n++) slug = Slugs.FromTitle(p.Title) + "-" + n.ToString(CultureInfo.InvariantCulture);
            return slug;
        }, ReferenceEqualityComparer.Instance);
        foreach (var paper in papers)
        {
            var days = string.Join(", ", paper.Days.Select(d => $"[{Display(d)}](/days/{Key(d)}/)"));
            var page = new StringBuilder()
                .Append("---\ntitle: ").Append(Quote(paper.Title)).Append("\ndate: ").Append(Key(paper.Days[0]))
                .Append("\nauthors: [").Append(string.Join(", ", paper.Authors.Select(Quote))).Append("]\n---\n\n")
                .Append("By ").Append(string.Join(", ", paper.Authors)).Append("\n\n")
                .Append(paper.Abstract).Append("\n\nTrending on ").Append(days).Append('\n');
            File.WriteAllText(Path.Combine(paperFolder, slugs[paper] + ".md"), page.ToString());
        }
        foreach (var day in papers.SelectMany(p => p.Days.Select(d => (Day: d, Paper: p))).GroupBy(x => x.Day))
        {
            var page = new StringBuilder()
                .Append("---\ntitle: ").Append(Quote("Papers of " + Display(day.Key))).Append("\ndate: ").Append(Key(day.Key)).Append("\n---\n\n");
            foreach (var (_, paper) in day)
                page.Append("## [").Append(paper.Title).Append("](/papers/").Append(slugs[paper]).Append("/)\n\n")
                    .Append(paper.Abstract.Length > 280 ? paper.Abstract[..280] + "…" : paper.Abstract).Append("\n\n");
            File.WriteAllText(Path.Combine(dayFolder, Key(day.Key) + ".md"), page.ToString());
        }
    }

    private static string Key(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    private static string Display(DateOnly date) => date.ToString("MMM d, yyyy", CultureInfo.InvariantCulture);
    /// <summary>A JSON string is a valid YAML scalar, whatever the title contains.</summary>
    private static string Quote(string text) => JsonSerializer.Serialize(text);
}
