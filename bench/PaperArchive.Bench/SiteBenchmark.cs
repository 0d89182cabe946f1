namespace PaperArchive.Bench;

/// <summary>
/// Clean builds of synthetic archives with the Release CLI as a child process: median wall time, peak memory, pages
/// per second. Goes through the digest folder and `paperarchive build`, exactly as a user's build does.
/// </summary>
public sealed class SiteBenchmark : IBenchmark
{
    public string Name => "site";
    public string Description => "clean builds of N synthetic papers (--papers 1000,10000 --runs 3): time, peak memory, pages/s";

    public Task<int> RunAsync(string[] args)
    {
        var (sizes, runs) = Workload.ParseOptions(args);
        Console.WriteLine($"CLI: {Workload.Cli}");
        Console.WriteLine("| Papers (in / built) | HTML pages | Clean build (median of " + runs + ") | CPU time, user + system (median) | Pages/s | Peak memory |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|");
        foreach (var size in sizes)
        {
            var folder = Workload.TempFolder($"site-{size}");
            Workload.WriteInput(size, Path.Combine(folder, "input"));
            var measurements = Enumerable.Range(0, runs).Select(_ => Workload.BuildWithCli(Path.Combine(folder, "input"), Path.Combine(folder, "output"))).ToList();
            var last = measurements[^1];
            var pages = Workload.SummaryNumber(last.Output, "Pages (HTML)");
            var built = Workload.SummaryNumber(last.Output, "Papers");
            var seconds = ChildRun.Median(measurements.Select(m => m.Wall.TotalSeconds));
            var peak = ChildRun.Median(measurements.Select(m => m.PeakMegabytes));
            var cpu = ChildRun.Median(measurements.Select(m => m.CpuSeconds));
            Console.WriteLine($"| {Workload.N(size)} / {Workload.N(built)} | {Workload.N(pages)} | {Workload.N(seconds, "0.00")} s | {Workload.N(cpu, "0.00")} s | {Workload.N(pages / seconds)} | {Workload.N(peak)} MB |");
            Directory.Delete(folder, recursive: true);
        }
        return Task.FromResult(0);
    }
}
