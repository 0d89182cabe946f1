using System.Globalization;
using PaperArchive.Tests.Fetch;

namespace PaperArchive.Bench;

/// <summary>
/// A backfill through the CLI (a child process, as users run it) from the stand-in API on loopback, with no rate
/// limit (<c>--rate 0</c>): days per second and peak memory of the fetch itself, then the same command again (a
/// resumed run: nothing is asked twice).
/// </summary>
public sealed class FetchBenchmark : IBenchmark
{
    public string Name => "fetch";
    public string Description => "fetch [days=600] [papers per day=40] [runs=3]: backfill through the CLI from a local stand-in API, --rate 0";

    public async Task<int> RunAsync(string[] args)
    {
        var days = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 600;
        var papers = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 40;
        var runs = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 3;

        await using var api = await FakeDailyPapers.StartAsync();
        var first = new DateOnly(2023, 5, 4);
        var empty = 0;
        for (var i = 0; i < days; i++)
        {
            var day = first.AddDays(i);
            // Weekends are empty, as on the real list.
            if (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday) { empty++; continue; }
            api.Days[day] = FakePapers.Day(day, papers);
        }
        var last = first.AddDays(days - 1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        Console.WriteLine($"{days} days ({days - empty} with {papers} papers, {empty} empty), CLI {Workload.Cli}");

        var backfills = new List<Measurement>();
        var resumes = new List<Measurement>();
        long bytes = 0;
        for (var run = 0; run < runs; run++)
        {
            var folder = Path.Combine(Path.GetTempPath(), "paperarchive-bench-fetch", Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(folder);
            try
            {
                string[] fetch = [Workload.Cli, "fetch", "--input", Path.Combine(folder, "input"), "--api", api.Url.AbsoluteUri, "--since", "2023-05-04", "--until", last, "--rate", "0"];
                var backfill = ChildRun.Run("dotnet", fetch, folder);
                if (backfill.ExitCode != 0) { Console.Error.WriteLine(backfill.Output); return 1; }
                var stored = Directory.GetFiles(Path.Combine(folder, "input", "digests"));
                if (stored.Length != days - empty) { Console.Error.WriteLine($"stored {stored.Length} days, expected {days - empty}"); return 1; }
                bytes = stored.Sum(f => new FileInfo(f).Length);
                backfills.Add(backfill);
                resumes.Add(ChildRun.Run("dotnet", fetch, folder));
                Console.WriteLine($"run {run + 1}: backfill {backfill.Wall.TotalSeconds:0.00} s, {backfill.PeakMegabytes:0} MB; resumed run {resumes[^1].Wall.TotalSeconds:0.00} s");
            }
            finally
            {
                Directory.Delete(folder, recursive: true);
            }
        }

        var seconds = ChildRun.Median(backfills.Select(m => m.Wall.TotalSeconds));
        Console.WriteLine();
        Console.WriteLine("| measurement | value |");
        Console.WriteLine("| --- | ---: |");
        Console.WriteLine($"| backfill of {days} days ({days - empty} with {papers} papers), wall time | {seconds:0.00} s |");
        Console.WriteLine($"| days per second | {days / seconds:0} |");
        Console.WriteLine($"| peak memory (VmHWM) | {ChildRun.Median(backfills.Select(m => m.PeakMegabytes)):0} MB |");
        Console.WriteLine($"| digests written | {Workload.N((int)(bytes / 1024))} KB |");
        Console.WriteLine($"| resumed run (every day stored or known empty: nothing asked) | {ChildRun.Median(resumes.Select(m => m.Wall.TotalSeconds)):0.00} s |");
        Console.WriteLine($"| requests received by the API | {Workload.N(api.Requests.Count)} |");
        return 0;
    }
}
