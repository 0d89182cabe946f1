using System.Globalization;
using System.Text.Json;

namespace PaperArchive.Bench.Synthetic;

/// <summary>
/// The figures of a folder of saved daily-papers responses, read back from the files (not from the generator), beside
/// the real feed's: what docs/benchmarks.md quotes to show the synthetic archive has the feed's statistics.
/// </summary>
public sealed record DailyPapersStatistics(
    int Days, int Files, int EmptyFiles, int Listings, int Papers, int TwoDayPapers,
    double WeekdayMedian, double WeekdayMean, int WeekdayMax, double WeekendMean,
    int AbstractMedian, int AbstractMax, int AuthorsMedian, double AuthorsMean, int AuthorsMax, int PapersWith100Authors,
    int KeywordsMedian, int PapersWithKeywords, int UpvotesMedian, int UpvotesP99, int UpvotesMax, int PapersWithTex, long Bytes)
{
    public static DailyPapersStatistics Read(string digestFolder, DateOnly first, int days)
    {
        var files = Directory.GetFiles(digestFolder, "*.json").Order(StringComparer.Ordinal).ToArray();
        var weekday = new List<int>();
        var weekend = new List<int>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var abstracts = new List<int>();
        var authors = new List<int>();
        var keywords = new List<int>();
        var upvotes = new List<int>();
        var tex = 0;
        var empty = 0;
        var listings = 0;
        long bytes = 0;
        foreach (var file in files)
        {
            bytes += new FileInfo(file).Length;
            var date = DateOnly.ParseExact(Path.GetFileNameWithoutExtension(file), "yyyy-MM-dd", CultureInfo.InvariantCulture);
            using var document = JsonDocument.Parse(File.ReadAllText(file));
            var count = document.RootElement.GetArrayLength();
            if (count == 0) empty++;
            (date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday ? weekend : weekday).Add(count);
            listings += count;
            foreach (var item in document.RootElement.EnumerateArray())
            {
                var paper = item.GetProperty("paper");
                var id = paper.GetProperty("id").GetString()!;
                upvotes.Add(paper.GetProperty("upvotes").GetInt32());
                seen[id] = seen.GetValueOrDefault(id) + 1;
                if (seen[id] > 1) continue;
                // The abstract as the reader sees it: arXiv's hard wraps joined.
                var summary = paper.GetProperty("summary").GetString()!.Replace('\n', ' ');
                abstracts.Add(summary.Length);
                authors.Add(paper.GetProperty("authors").GetArrayLength());
                if (paper.TryGetProperty("ai_keywords", out var words)) keywords.Add(words.GetArrayLength());
                if (summary.Contains('$', StringComparison.Ordinal) || item.GetProperty("title").GetString()!.Contains('$', StringComparison.Ordinal)) tex++;
            }
        }
        // Days with no file are weekends the API answered [] for: they count as weekend days with no papers.
        var weekendDays = Enumerable.Range(0, days).Count(d => first.AddDays(d).DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday);
        return new DailyPapersStatistics(
            days, files.Length, empty, listings, seen.Count, seen.Values.Count(v => v > 1),
            Median(weekday), weekday.Average(), weekday.Max(), weekend.Sum() / (double)Math.Max(1, weekendDays),
            Median(abstracts), abstracts.Max(), Median(authors), authors.Average(), authors.Max(), authors.Count(a => a >= 100),
            keywords.Count == 0 ? 0 : Median(keywords), keywords.Count, Median(upvotes), Percentile(upvotes, 0.99), upvotes.Max(), tex, bytes);
    }

    /// <summary>Markdown table: each figure beside the real feed's.</summary>
    public void Print(TextWriter writer)
    {
        string N(double value, string format = "N0") => value.ToString(format, CultureInfo.InvariantCulture);
        writer.WriteLine("| synthetic archive (read back from its files) | figure | the real feed |");
        writer.WriteLine("|---|---:|---:|");
        writer.WriteLine($"| days; files (a day nobody saved has none); empty lists saved | {N(Days)}; {N(Files)}; {N(EmptyFiles)} | 580 days |");
        writer.WriteLine($"| papers (distinct arXiv ids); listings; trending on two days | {N(Papers)}; {N(Listings)}; {N(TwoDayPapers)} ({N(100.0 * TwoDayPapers / Math.Max(1, Papers), "0.0")}%) | 9,577 papers |");
        writer.WriteLine($"| papers a weekday: median / mean / max | {N(WeekdayMedian, "0.#")} / {N(WeekdayMean, "0.0")} / {N(WeekdayMax)} | median 15 |");
        writer.WriteLine($"| papers a weekend day (mean, days with no file counted as 0) | {N(WeekendMean, "0.0")} | small or none |");
        writer.WriteLine($"| abstract characters: median / max | {N(AbstractMedian)} / {N(AbstractMax)} | median ~1,400 (arXiv allows 1,920) |");
        writer.WriteLine($"| authors a paper: median / mean / max; papers with 100 or more | {N(AuthorsMedian)} / {N(AuthorsMean, "0.0")} / {N(AuthorsMax)}; {N(PapersWith100Authors)} | median 7, mean 10, some several hundred |");
        writer.WriteLine($"| AI keywords a paper (papers that have them): median; papers with them | {N(KeywordsMedian)}; {N(PapersWithKeywords)} ({N(100.0 * PapersWithKeywords / Math.Max(1, Papers), "0")}%) | median 10 (a field added later) |");
        writer.WriteLine($"| upvotes a listing: median / 99th percentile / max | {N(UpvotesMedian)} / {N(UpvotesP99)} / {N(UpvotesMax)} | skewed |");
        writer.WriteLine($"| papers with TeX in title or abstract | {N(PapersWithTex)} ({N(100.0 * PapersWithTex / Math.Max(1, Papers), "0.0")}%) | some |");
        writer.WriteLine($"| saved JSON | {N(Bytes / 1_048_576.0, "0.0")} MB | |");
    }

    private static int Median(List<int> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? 0 : sorted[sorted.Count / 2];
    }

    private static int Percentile(List<int> values, double share)
    {
        var sorted = values.Order().ToList();
        return sorted[(int)Math.Min(sorted.Count - 1, Math.Floor(share * sorted.Count))];
    }
}
