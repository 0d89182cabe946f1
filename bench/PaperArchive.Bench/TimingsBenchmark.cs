using System.Diagnostics;
using PaperArchive.Site;

namespace PaperArchive.Bench;

/// <summary>
/// Where a build's time goes: one in-process build of N synthetic papers, with the pipeline timings the build report
/// carries. For finding what to optimise, not for headline figures (those come from clean child-process builds).
/// </summary>
public sealed class TimingsBenchmark : IBenchmark
{
    public string Name => "timings";
    public string Description => "one in-process build of N papers (--papers 10000) with per-pipeline timings";

    public async Task<int> RunAsync(string[] args)
    {
        var (sizes, _) = Workload.ParseOptions(args);
        foreach (var size in sizes)
        {
            var folder = Workload.TempFolder($"timings-{size}");
            var input = Path.Combine(folder, "input");
            var clock = Stopwatch.StartNew();
            Workload.WriteInput(size, input);
            var generated = clock.Elapsed;
            var report = await SiteBuilder.BuildAsync(new BuildOptions(input, Path.Combine(folder, "output"), Workload.Theme));
            Console.WriteLine($"{Workload.N(size)} papers (digests generated in {Workload.N(generated.TotalSeconds, "0.00")} s): build {Workload.N(report.Elapsed.TotalSeconds, "0.00")} s, {Workload.N(report.Pages)} pages");
            Console.WriteLine("| Pipeline | Documents | Elapsed |");
            Console.WriteLine("|---|---:|---:|");
            foreach (var timing in report.Timings)
                Console.WriteLine($"| {timing.Name} | {Workload.N(timing.Items)} | {Workload.N(timing.Elapsed.TotalSeconds, "0.00")} s |");
            Directory.Delete(folder, recursive: true);
        }
        return 0;
    }
}
