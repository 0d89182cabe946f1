using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using PaperArchive.Bench.Synthetic;
using PaperArchive.Model;
using PaperArchive.Topics;

namespace PaperArchive.Bench;

/// <summary>
/// Tagging and related papers on synthetic archives. Usage: <c>topics [sizes] [runs]</c>, e.g.
/// <c>topics 10000,100000 5</c>. Prints one Markdown row per size and step: median wall time,
/// median CPU time (less sensitive to other processes on a shared machine), allocated bytes of one run,
/// and the process's peak working set so far.
/// </summary>
public sealed class TopicsBenchmark : IBenchmark
{
    public string Name => "topics";
    public string Description => "topic tagging and related papers on synthetic archives (sizes default 10000,100000)";

    public Task<int> RunAsync(string[] args)
    {
        var sizes = (args.Length > 0 ? args[0] : "10000,100000").Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray();
        var runs = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5;
        var vocabularyPath = FindUpwards(Path.Combine("input", "tags.yml"));
        if (vocabularyPath is null)
        {
            Console.Error.WriteLine("input/tags.yml not found above the current directory");
            return Task.FromResult(1);
        }

        var tagger = new Tagger(TagVocabulary.Load(vocabularyPath));
        Console.WriteLine($"| papers | step | median wall ms | median CPU ms | allocated MB (one run) | peak working set MB | runs |");
        Console.WriteLine($"|---:|---|---:|---:|---:|---:|---:|");
        foreach (var size in sizes)
        {
            var papers = ToPapers(SyntheticArchive.Generate(size));
            Report(size, "tag", runs, () => tagger.TagAll(papers));
            Report(size, "related", runs, () => RelatedPapers.WithRelated(papers));
        }
        return Task.FromResult(0);
    }

    private static void Report(int size, string step, int runs, Func<ImmutableArray<Paper>> work)
    {
        work(); // warm-up: JIT and tiered compilation
        var times = new List<double>(runs);
        var cpuTimes = new List<double>(runs);
        var process = Process.GetCurrentProcess();
        long allocated = 0;
        for (var run = 0; run < runs; run++)
        {
            GC.Collect();
            var before = GC.GetTotalAllocatedBytes(precise: true);
            var cpuBefore = process.TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            var result = work();
            watch.Stop();
            allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
            times.Add(watch.Elapsed.TotalMilliseconds);
            process.Refresh();
            cpuTimes.Add((process.TotalProcessorTime - cpuBefore).TotalMilliseconds);
            GC.KeepAlive(result);
        }
        times.Sort();
        cpuTimes.Sort();
        process.Refresh();
        var peak = process.PeakWorkingSet64;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {size:N0} | {step} | {times[times.Count / 2]:F0} | {cpuTimes[cpuTimes.Count / 2]:F0} | {allocated / 1e6:F0} | {peak / 1e6:F0} | {runs} |"));
    }

    private static ImmutableArray<Paper> ToPapers(IReadOnlyList<SyntheticPaper> synthetic) =>
        [.. synthetic.Select((p, i) => new Paper
        {
            Key = string.Create(CultureInfo.InvariantCulture, $"title:synthetic-{i}"),
            Slug = string.Create(CultureInfo.InvariantCulture, $"synthetic-{i:D6}"),
            Title = p.Title,
            Abstract = p.Abstract,
            Days = [.. p.Days],
            Authors = [.. p.Authors],
        })];

    private static string? FindUpwards(string relativePath)
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, relativePath))) return Path.Combine(dir.FullName, relativePath);
        return null;
    }
}
