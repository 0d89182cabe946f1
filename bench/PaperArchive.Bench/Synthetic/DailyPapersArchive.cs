using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace PaperArchive.Bench.Synthetic;

/// <summary>One saved day: its date and the API's answer, or no file (a weekend nobody saved: the API said <c>[]</c>).</summary>
public sealed record DailyPapersDay(DateOnly Date, string? Json, int Listings);

/// <summary>A synthetic archive of saved daily-papers responses, and the same papers for the Hugo side of a comparison.</summary>
public sealed record DailyPapersArchive(IReadOnlyList<DailyPapersDay> Days, IReadOnlyList<SyntheticPaper> Papers)
{
    /// <summary>The newest day that lists papers: what a daily build adds.</summary>
    public DailyPapersDay NewestDay => Days.Last(d => d.Listings > 0);

    /// <summary>Writes one <c>YYYY-MM-DD.json</c> a saved day into <paramref name="digestFolder"/>; returns the files written.</summary>
    public int Write(string digestFolder, Func<DailyPapersDay, bool>? include = null)
    {
        Directory.CreateDirectory(digestFolder);
        var files = 0;
        foreach (var day in Days)
        {
            if (day.Json is null || include?.Invoke(day) == false) continue;
            File.WriteAllText(Path.Combine(digestFolder, FileName(day.Date)), day.Json);
            files++;
        }
        return files;
    }

    public static string FileName(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + ".json";
}

/// <summary>
/// Deterministic generator of saved Hugging Face <c>/api/daily_papers</c> responses, one file a day, in the API's
/// real JSON shape (an array of items, each with a <c>paper</c>; authors as objects, some claimed by a user, some
/// hidden; arXiv's hard-wrapped <c>paper.title</c> and <c>paper.summary</c> beside the item's clean title) and with the
/// real feed's statistics: a median of 15 papers a weekday, growing over the period; weekends small or empty, a
/// holiday or two saved as an empty list; abstracts of ~1,400 characters (at most arXiv's 1,920); a median of 7
/// authors a paper, mean ~10, a few consortium papers of several hundred (<see cref="SyntheticAuthors"/>); a median
/// of 10 AI keywords; skewed upvotes; TeX in some abstracts and titles; some papers trending again a day or two later;
/// fields the API added over time (submitter, AI summary and keywords, GitHub stars, organisation) appearing part way.
/// Made up, not real data; <see cref="DailyPapersStatistics"/> reads the written files back and checks the figures.
/// Same options → same bytes.
/// </summary>
public static class DailyPapersGenerator
{
    public const int DefaultDays = 580;
    public const int DefaultPapers = 9_577;
    /// <summary>A Wednesday, so that 580 days end on a Monday: the newest day is a weekday with papers.</summary>
    public static readonly DateOnly DefaultStart = new(2024, 5, 8);

    // Weekday counts: log-normal around a median that grows from Start to Start × Growth over the period
    // (the feed lists more papers every year); the median over all weekdays is then ~15.
    private const double StartMedian = 4.2;
    private const double Growth = 22.0;
    private const double DaySigma = 0.45;
    private const double RepeatShare = 0.04;

    // Where in the period (0 = first day, 1 = last) the API started sending each field.
    private const double SubmitterFrom = 0.10, ParticipatingFrom = 0.20, AiFieldsFrom = 0.35, StarsFrom = 0.50, OrganizationFrom = 0.65;

    private static readonly JsonSerializerOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private sealed record Paper(string Id, string Title, string Abstract, int[] Authors, int Area, int Other, string CodeName, DateTime Published);

    private sealed record Listing(int Paper, int Upvotes, int Comments, DateTime At);

    public static DailyPapersArchive Generate(int days = DefaultDays, int papers = DefaultPapers, DateOnly? start = null, int seed = 2024)
    {
        var first = start ?? DefaultStart;
        var random = new Random(seed);
        var dates = Enumerable.Range(0, days).Select(first.AddDays).ToArray();
        var counts = NewPapersPerDay(random, dates, papers);
        var authorLists = SyntheticAuthors.Generate(papers, newAuthorShare: 0.5, seed: seed + 1);

        var all = new List<Paper>(papers);
        var listings = dates.Select(_ => new List<Listing>()).ToArray();
        var serial = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var d = 0; d < days; d++)
        {
            for (var n = 0; n < counts[d]; n++)
            {
                var paper = NewPaper(random, dates[d], authorLists[all.Count], serial);
                all.Add(paper);
                listings[d].Add(NewListing(random, all.Count - 1, dates[d]));
                // Trending again on the next saved day or the one after, with more upvotes.
                if (random.NextDouble() < RepeatShare)
                {
                    var again = Enumerable.Range(d + 1, 2).FirstOrDefault(a => a < days && counts[a] > 0);
                    if (again > 0) listings[again].Add(NewListing(random, all.Count - 1, dates[again]) with { Upvotes = listings[d][^1].Upvotes + 5 + random.Next(40) });
                }
            }
        }

        var saved = new List<DailyPapersDay>(days);
        for (var d = 0; d < days; d++)
        {
            // The daily page lists the most upvoted first.
            var ordered = listings[d].OrderByDescending(l => l.Upvotes).ThenBy(l => l.Paper).ToList();
            var holiday = counts[d] == 0 && !IsWeekend(dates[d]);
            if (ordered.Count == 0 && !holiday) { saved.Add(new DailyPapersDay(dates[d], null, 0)); continue; }
            var items = new JsonArray();
            foreach (var listing in ordered) items.Add(Item(random, all[listing.Paper], listing, (double)d / Math.Max(1, days - 1)));
            saved.Add(new DailyPapersDay(dates[d], items.ToJsonString(Compact), ordered.Count));
        }

        var byPaper = new Dictionary<int, List<DateOnly>>();
        for (var d = 0; d < days; d++)
            foreach (var listing in listings[d])
                (byPaper.TryGetValue(listing.Paper, out var list) ? list : byPaper[listing.Paper] = []).Add(dates[d]);
        var synthetic = all.Select((p, i) => new SyntheticPaper(p.Title, p.Abstract,
            [.. p.Authors.Select(DailyPapersText.AuthorName)], byPaper[i])).ToList();
        return new DailyPapersArchive(saved, synthetic);
    }

    /// <summary>New papers a day, summing to exactly <paramref name="papers"/>: weekdays log-normal and growing, weekends small or none, holidays none.</summary>
    private static int[] NewPapersPerDay(Random random, DateOnly[] dates, int papers)
    {
        var raw = new double[dates.Length];
        var counts = new int[dates.Length];
        var holidays = dates.Where(d => !IsWeekend(d) && ((d.Month == 12 && d.Day == 25) || (d.Month == 1 && d.Day == 1))).ToHashSet();
        // An archive too short for the holidays still has its empty day, in the middle.
        if (holidays.Count == 0 && dates.Length >= 7) holidays.Add(dates.Skip(dates.Length / 2).First(d => !IsWeekend(d)));
        var weekend = 0;
        for (var i = 0; i < dates.Length; i++)
        {
            var t = (double)i / Math.Max(1, dates.Length - 1);
            if (holidays.Contains(dates[i])) continue;
            if (IsWeekend(dates[i]))
            {
                counts[i] = random.NextDouble() < 0.45 ? 0 : 1 + random.Next(6);
                weekend += counts[i];
            }
            else raw[i] = StartMedian * Math.Pow(Growth, t) * Math.Exp(DaySigma * Gaussian(random));
        }
        // Scale the weekdays so the archive has exactly the papers asked for; the remainder goes one by one to random weekdays.
        var scale = Math.Max(0, papers - weekend) / raw.Sum();
        for (var i = 0; i < dates.Length; i++) if (raw[i] > 0) counts[i] = Math.Max(1, (int)Math.Round(raw[i] * scale));
        var weekdays = Enumerable.Range(0, dates.Length).Where(i => raw[i] > 0).ToArray();
        for (var missing = papers - counts.Sum(); missing != 0 && weekdays.Length > 0; missing = papers - counts.Sum())
        {
            var i = weekdays[random.Next(weekdays.Length)];
            if (missing > 0) counts[i]++;
            else if (counts[i] > 1) counts[i]--;
        }
        return counts;
    }

    private static Paper NewPaper(Random random, DateOnly date, int[] authors, Dictionary<string, int> serial)
    {
        // A few areas dominate the feed (language models, diffusion, agents), as on the real list.
        var area = (int)Math.Min(DailyPapersText.AreaCount - 1, Math.Floor(DailyPapersText.AreaCount * Math.Pow(random.NextDouble(), 1.6)));
        var other = random.Next(DailyPapersText.AreaCount);
        var codeName = DailyPapersText.CodeName(random);
        var texTitle = random.NextDouble() < 0.01;
        var formulas = random.NextDouble() < 0.12 ? 1 + random.Next(3) : 0;
        // Abstract length log-normal around 1,400 characters, capped near arXiv's 1,920.
        var length = (int)Math.Clamp(1_440 * Math.Exp(0.2 * Gaussian(random)), 450, 1_720);
        var published = date.AddDays(-1 - random.Next(3)).ToDateTime(new TimeOnly(13 + random.Next(5), random.Next(60), random.Next(60)), DateTimeKind.Utc);
        // arXiv ids: the month of submission, then a number rising through the month.
        var month = published.ToString("yyMM", CultureInfo.InvariantCulture);
        serial[month] = serial.GetValueOrDefault(month, 100 + random.Next(400)) + 1 + random.Next(40);
        var id = string.Create(CultureInfo.InvariantCulture, $"{month}.{serial[month]:00000}");
        return new Paper(id, DailyPapersText.Title(random, codeName, area, other, texTitle),
            DailyPapersText.Abstract(random, codeName, area, other, length, formulas), authors, area, other, codeName, published);
    }

    private static Listing NewListing(Random random, int paper, DateOnly date)
    {
        // Upvotes: log-normal (median ~9), and a rare paper that everyone upvotes.
        var upvotes = (int)Math.Round(9 * Math.Exp(1.1 * Gaussian(random)) * (random.NextDouble() < 0.005 ? 5 : 1));
        var at = date.ToDateTime(new TimeOnly(random.Next(14), random.Next(60), random.Next(60), random.Next(1000)), DateTimeKind.Utc);
        return new Listing(paper, upvotes, random.Next(Math.Max(1, upvotes / 6 + 2)), at);
    }

    private static JsonObject Item(Random random, Paper paper, Listing listing, double t)
    {
        var authors = new JsonArray();
        foreach (var author in paper.Authors)
        {
            var entry = new JsonObject { ["_id"] = Hex(random, 24) };
            var name = DailyPapersText.AuthorName(author);
            // About one author in five has claimed the paper with a Hub account.
            if (author % 5 == 0)
                entry["user"] = new JsonObject
                {
                    ["_id"] = Hex(random, 24), ["avatarUrl"] = "/avatars/" + Hex(random, 32) + ".svg", ["isPro"] = author % 7 == 0,
                    ["fullname"] = name, ["user"] = DailyPapersText.UserName(author), ["type"] = "user",
                };
            entry["name"] = name;
            if (author % 5 == 0)
            {
                entry["status"] = "claimed_verified";
                entry["statusLastChangedAt"] = Stamp(listing.At.AddHours(1 + random.Next(48)));
            }
            entry["hidden"] = random.NextDouble() < 0.003;
            authors.Add(entry);
        }

        var submitter = paper.Authors[0];
        var inner = new JsonObject
        {
            ["id"] = paper.Id,
            ["authors"] = authors,
            ["publishedAt"] = Stamp(paper.Published),
        };
        if (t >= SubmitterFrom) inner["submittedOnDailyAt"] = Stamp(listing.At);
        inner["title"] = Wrap(paper.Title, 72, "\n  ");
        if (t >= SubmitterFrom)
            inner["submittedOnDailyBy"] = new JsonObject
            {
                ["_id"] = Hex(random, 24), ["avatarUrl"] = "/avatars/" + Hex(random, 32) + ".svg", ["isPro"] = false,
                ["fullname"] = DailyPapersText.AuthorName(submitter), ["user"] = DailyPapersText.UserName(submitter), ["type"] = "user",
            };
        inner["summary"] = Wrap(paper.Abstract, 80, "\n");
        inner["upvotes"] = listing.Upvotes;
        inner["discussionId"] = Hex(random, 24);
        var hasCode = Stable(paper.Id, 0) < 0.4;
        if (hasCode) inner["githubRepo"] = $"https://github.com/{DailyPapersText.UserName(submitter)}/{Slug(paper.CodeName)}";
        if (Stable(paper.Id, 1) < 0.3) inner["projectPage"] = $"https://{Slug(paper.CodeName)}.github.io/";
        if (t >= AiFieldsFrom)
        {
            inner["ai_summary"] = DailyPapersText.AiSummary(random, paper.CodeName, paper.Area, paper.Other);
            // Keywords: a median of 10 (3 to ~25).
            var keywords = Math.Clamp((int)Math.Round(10 * Math.Exp(0.3 * Gaussian(random))), 3, 25);
            inner["ai_keywords"] = new JsonArray([.. DailyPapersText.Keywords(random, paper.Area, paper.Other, keywords).Select(k => (JsonNode)k)]);
        }
        if (hasCode && t >= StarsFrom) inner["githubStars"] = (int)Math.Round(40 * Math.Exp(1.5 * Gaussian(random)));
        if (t >= OrganizationFrom && Stable(paper.Id, 2) < 0.25)
            inner["organization"] = new JsonObject { ["_id"] = Hex(random, 24), ["name"] = "lab-" + (paper.Authors[0] % 300).ToString(CultureInfo.InvariantCulture), ["fullname"] = "Research Lab " + (paper.Authors[0] % 300).ToString(CultureInfo.InvariantCulture) };

        var item = new JsonObject
        {
            ["paper"] = inner,
            ["publishedAt"] = Stamp(listing.At),
            ["title"] = paper.Title,
            ["thumbnail"] = $"https://cdn-thumbnails.huggingface.co/social-thumbnails/papers/{paper.Id}.png",
            ["numComments"] = listing.Comments,
            ["submittedBy"] = new JsonObject
            {
                ["avatarUrl"] = "/avatars/" + Hex(random, 32) + ".svg", ["fullname"] = DailyPapersText.AuthorName(submitter),
                ["name"] = DailyPapersText.UserName(submitter), ["type"] = "user", ["isPro"] = false, ["isHf"] = false, ["isMod"] = false,
                ["followerCount"] = random.Next(200),
            },
        };
        item["mediaUrls"] = random.Next(10) == 0 ? new JsonArray($"https://cdn-uploads.huggingface.co/production/uploads/{Hex(random, 24)}/{Hex(random, 10)}.png") : new JsonArray();
        if (t >= ParticipatingFrom) item["isAuthorParticipating"] = paper.Authors[0] % 5 == 0;
        return item;
    }

    /// <summary>Hard-wraps like arXiv's metadata: lines of at most <paramref name="width"/>, joined by <paramref name="newline"/>.</summary>
    private static string Wrap(string text, int width, string newline)
    {
        var result = new StringBuilder(text.Length + text.Length / width * newline.Length);
        var line = 0;
        foreach (var word in text.Split(' '))
        {
            if (line > 0 && line + 1 + word.Length > width) { result.Append(newline); line = 0; }
            else if (line > 0) { result.Append(' '); line++; }
            result.Append(word);
            line += word.Length;
        }
        return result.ToString();
    }

    /// <summary>A property of a paper that stays the same on every listing of it (a hash of its id, in [0, 1)).</summary>
    private static double Stable(string id, int salt)
    {
        var hash = 17u + (uint)salt * 31u;
        foreach (var c in id) hash = hash * 16777619u ^ c;
        return (hash % 10_000) / 10_000.0;
    }

    private static string Slug(string codeName) => new([.. codeName.ToLowerInvariant().Where(char.IsAsciiLetterOrDigit)]);

    private static string Hex(Random random, int digits)
    {
        Span<char> chars = stackalloc char[digits];
        for (var i = 0; i < digits; i++) chars[i] = "0123456789abcdef"[random.Next(16)];
        return new string(chars);
    }

    private static string Stamp(DateTime at) => at.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    private static bool IsWeekend(DateOnly date) => date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;

    private static double Gaussian(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
