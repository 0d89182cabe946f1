using System.Diagnostics;
using System.Globalization;
using PaperArchive.Bench.Synthetic;
using PaperArchive.Site;

namespace PaperArchive.Bench;

/// <summary>
/// Daily use: a clean build of a 10,000-paper archive, then adding one digest with the cache warm. The target is
/// that adding a day costs at most 10% of a clean build. Usage: incremental [papers] [runs]
/// </summary>
public sealed class IncrementalBenchmark : IBenchmark
{
    public string Name => "incremental";
    public string Description => "clean build vs. adding one digest with a warm build cache (10,000 papers)";

    public async Task<int> RunAsync(string[] args)
    {
        var papers = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 10_000;
        var runs = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5;
        var root = Path.Combine(Path.GetTempPath(), "paperarchive-bench-incremental-" + Guid.NewGuid().ToString("N"));
        try
        {
            var input = Path.Combine(root, "input");
            var synthetic = SyntheticArchive.Generate(papers);
            var digests = SyntheticArchive.WriteDigests(synthetic, Path.Combine(input, "digests"));
            File.WriteAllText(Path.Combine(input, "archive.yml"), "title: Bench\nbaseUrl: https://example.org/archive/\n");
            var build = new BuildOptions(input, Path.Combine(root, "output"), Path.Combine(FindRepoRoot(), "theme")) { CacheFolder = Path.Combine(root, ".paperarchive", "cache", "input") };
            Console.WriteLine($"{papers:N0} papers in {digests:N0} digests; {runs} runs each; {Environment.ProcessorCount} cores");

            var clean = new List<double>();
            var cleanCpu = new List<double>();
            BuildReport? cleanReport = null;
            for (var run = 0; run < Math.Max(3, runs / 2); run++)
            {
                // Cold: no previous output and no cache, as on a fresh CI checkout.
                if (Directory.Exists(root + "/output")) Directory.Delete(root + "/output", recursive: true);
                if (Directory.Exists(build.CacheFolder)) Directory.Delete(build.CacheFolder!, recursive: true);
                var (clock, cpu) = (Stopwatch.StartNew(), CpuSeconds());
                cleanReport = await SiteBuilder.BuildAsync(build);
                clean.Add(clock.Elapsed.TotalSeconds);
                cleanCpu.Add(CpuSeconds() - cpu);
            }

            var last = synthetic.SelectMany(p => p.Days).Max();
            var addOne = new List<double>();
            var addCpu = new List<double>();
            BuildReport? addReport = null;
            for (var run = 1; run <= runs; run++)
            {
                var day = last.AddDays(run);
                WriteDay(input, day, run);
                var (clock, cpu) = (Stopwatch.StartNew(), CpuSeconds());
                addReport = await SiteBuilder.BuildAsync(build);
                addOne.Add(clock.Elapsed.TotalSeconds);
                addCpu.Add(CpuSeconds() - cpu);
            }
            var cli = await CliAddOneAsync(build, last.AddDays(runs + 1));

            string S(double seconds) => seconds.ToString("0.00", CultureInfo.InvariantCulture) + " s";
            Console.WriteLine();
            // CPU time (user + system, all threads of this process) is the steadier figure on a shared machine.
            Console.WriteLine("| measurement | median wall | median CPU | pages rendered | feeds formatted | digests parsed | files written |");
            Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
            Console.WriteLine($"| clean build (cold, in-process) | {S(Median(clean))} | {S(Median(cleanCpu))} | {cleanReport!.PagesRendered:N0} | {cleanReport.FeedsFormatted:N0} | {cleanReport.DigestsParsed:N0} | {cleanReport.FilesWritten:N0} |");
            Console.WriteLine($"| add one digest (warm cache, in-process) | {S(Median(addOne))} | {S(Median(addCpu))} | {addReport!.PagesRendered:N0} | {addReport.FeedsFormatted:N0} | {addReport.DigestsParsed:N0} | {addReport.FilesWritten:N0} |");
            if (cli is { } c) Console.WriteLine($"| add one digest (CLI process, end to end) | {S(c.Wall)} | {S(c.Cpu)} | | | | |");
            Console.WriteLine();
            Console.WriteLine($"add one / clean = {Median(addOne) / Median(clean):P1} wall, {Median(addCpu) / Median(cleanCpu):P1} CPU (target ≤ 10%)");
            foreach (var timing in addReport.Timings) Console.WriteLine($"  {timing.Name,-10} {timing.Elapsed.TotalSeconds:0.000} s");
            return 0;
        }
        finally
        {
            if (Directory.Exists(root)) Directory.Delete(root, recursive: true);
        }
    }

    private static void WriteDay(string input, DateOnly day, int seed)
    {
        var papers = SyntheticArchive.Generate(50, seed: 1000 + seed).Select(p => p with { Title = p.Title + " (new " + seed.ToString(CultureInfo.InvariantCulture) + ")", Days = [day] }).ToList();
        SyntheticArchive.WriteDigests(papers, Path.Combine(input, "digests"));
    }

    /// <summary>The CLI end to end (process start included), when a Release build of it is next to this one.</summary>
    private static double CpuSeconds() => Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds;

    private static async Task<(double Wall, double Cpu)?> CliAddOneAsync(BuildOptions build, DateOnly day)
    {
        var dll = Path.Combine(FindRepoRoot(), "src", "PaperArchive.Cli", "bin", "Release", "net10.0", "PaperArchive.Cli.dll");
        if (!File.Exists(dll)) return null;
        // A CLI built from other code than this process's library has another code version: its build cache would
        // not match, and it would rebuild everything.
        var library = typeof(SiteBuilder).Assembly.Location;
        if (!File.ReadAllBytes(Path.Combine(Path.GetDirectoryName(dll)!, Path.GetFileName(library))).AsSpan().SequenceEqual(File.ReadAllBytes(library)))
            Console.WriteLine("warning: the CLI was built from other library code than this benchmark; rebuild both (dotnet build -c Release bench/PaperArchive.Bench)");
        WriteDay(build.Input, day, 99);
        // The child's CPU time (user + system) comes from GNU time when the machine has it: .NET cannot read an exited
        // child's resource usage.
        var cpuFile = Path.GetTempFileName();
        var timed = File.Exists("/usr/bin/time");
        var start = new ProcessStartInfo(timed ? "/usr/bin/time" : "dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in (timed ? new[] { "-f", "%U %S", "-o", cpuFile, "dotnet" } : []).Concat([dll, "build", "--input", build.Input, "--output", build.Output, "--theme", build.Theme, "--timings"]))
            start.ArgumentList.Add(a);
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var summary = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        var elapsed = clock.Elapsed.TotalSeconds;
        var cpu = timed ? File.ReadAllText(cpuFile).Split(' ', StringSplitOptions.RemoveEmptyEntries).Sum(s => double.Parse(s, CultureInfo.InvariantCulture)) : double.NaN;
        File.Delete(cpuFile);
        // The CLI's own stage timings and counts: where the end-to-end time goes.
        Console.WriteLine("CLI build (add one digest):");
        Console.WriteLine(summary);
        return process.ExitCode == 0 ? (elapsed, cpu) : null;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "PaperArchive.sln"))) return dir.FullName;
        throw new InvalidOperationException("PaperArchive.sln not found above " + AppContext.BaseDirectory);
    }
}
