using System.Globalization;
using PaperArchive.Bench.Synthetic;

namespace PaperArchive.Bench;

/// <summary>
/// Writes the synthetic archive of saved daily-papers responses (<see cref="DailyPapersGenerator"/>) and prints its
/// statistics read back from the files: <c>daily-papers &lt;folder&gt; [--days 580] [--papers 9577] [--seed 2024]</c>.
/// </summary>
public sealed class DailyPapersBenchmark : IBenchmark
{
    public string Name => "daily-papers";
    public string Description => "daily-papers <folder> [--days 580] [--papers 9577, or scaled to --days]: write the real-shaped archive (saved API responses) and print its statistics";

    public Task<int> RunAsync(string[] args)
    {
        if (args.Length == 0 || args[0].StartsWith('-'))
        {
            Console.Error.WriteLine("usage: daily-papers <folder> [--days 580] [--papers 9577] [--seed 2024]");
            return Task.FromResult(2);
        }
        int Option(string name, int fallback) =>
            Array.IndexOf(args, name) is var at and >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
        var days = Option("--days", DailyPapersGenerator.DefaultDays);
        // A shorter archive keeps the real one's density (9,577 papers over 580 days) unless told otherwise.
        var papers = Option("--papers", (int)Math.Round(DailyPapersGenerator.DefaultPapers * (double)days / DailyPapersGenerator.DefaultDays));
        var archive = DailyPapersGenerator.Generate(days, papers, seed: Option("--seed", 2024));
        var digests = Path.Combine(args[0], "digests");
        var files = archive.Write(digests);
        File.WriteAllText(Path.Combine(args[0], "archive.yml"), "title: Daily Papers Archive\nbaseUrl: https://example.org/archive/\n");
        Console.WriteLine($"wrote {files} saved responses to {digests}; newest day {archive.NewestDay.Date:yyyy-MM-dd}");
        Console.WriteLine();
        DailyPapersStatistics.Read(digests, DailyPapersGenerator.DefaultStart, days).Print(Console.Out);
        return Task.FromResult(0);
    }
}
