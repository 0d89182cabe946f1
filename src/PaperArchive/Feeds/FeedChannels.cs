using System.Collections.Immutable;
using System.Text;
using PaperArchive.Digests;
using PaperArchive.Display;
using PaperArchive.Model;
using PaperArchive.Routing;
using PaperArchive.Settings;

namespace PaperArchive.Feeds;

/// <summary>
/// Builds the site's feeds from the archive: papers (site-wide and per tag) and daily digests. A feed holds the
/// latest <see cref="SiteSettings.FeedDays"/> days that have papers (<see cref="Window"/>), and only those items are
/// ever built, so the cost does not grow with the archive's age; <see cref="FeedBudget"/> caps the written bytes.
/// </summary>
public static class FeedChannels
{
    /// <summary>
    /// Papers newest first: by the day they first trended, latest day first, and within a day in digest order
    /// (a day lists each paper once, so that order is total). Lazy: taking the first N touches only recent days.
    /// </summary>
    public static IEnumerable<Paper> NewestFirst(Archive archive)
    {
        for (var d = archive.Days.Length - 1; d >= 0; d--)
        {
            var day = archive.Days[d];
            foreach (var slug in day.PaperSlugs)
                if (archive.TryGet(slug, out var paper) && paper.FirstDay == day.Date)
                    yield return paper;
        }
    }

    /// <summary>
    /// The papers of the latest <paramref name="days"/> days among those the given papers (newest first, by the day
    /// they first trended) first trended on: a reader polling weekly sees every paper of the week, however busy it
    /// was, and a quiet topic's feed still reaches back to its last few days. Lazy, so only recent papers are read.
    /// </summary>
    public static IEnumerable<Paper> Window(IEnumerable<Paper> newestFirst, int days)
    {
        var seen = 0;
        DateOnly? current = null;
        foreach (var paper in newestFirst)
        {
            if (paper.FirstDay != current)
            {
                if (++seen > days) yield break;
                current = paper.FirstDay;
            }
            yield return paper;
        }
    }

    /// <summary>
    /// A feed of papers (newest first, by first trending day), windowed by <see cref="SiteSettings.FeedDays"/>: the
    /// channel behind the site feed and every topic feed; any list of papers with a page of its own can have one.
    /// </summary>
    public static FeedChannel PaperChannel(IEnumerable<Paper> newestFirst, string title, string description, string homeUrl, Archive archive, SiteSettings settings) =>
        Channel(settings, title, description, homeUrl, archive, Window(newestFirst, settings.FeedDays).Select(p => PaperItem(p, archive, settings)));

    public static FeedChannel Papers(Archive archive, SiteSettings settings) =>
        PaperChannel(NewestFirst(archive), settings.Title, settings.Description, settings.AbsoluteUrl(Routes.Home), archive, settings);

    /// <summary>One feed per tag that has papers, in the archive's tag order; one pass over the archive for all of them.</summary>
    public static IEnumerable<(Tag Tag, FeedChannel Channel)> Tags(Archive archive, SiteSettings settings)
    {
        var known = archive.Tags.Select(t => t.Slug).ToHashSet(StringComparer.Ordinal);
        // Each tag's papers, newest first, until the tag has seen FeedDays days: the window, counted per tag.
        var papersByTag = new Dictionary<string, (List<Paper> Papers, int Days)>(StringComparer.Ordinal);
        foreach (var paper in NewestFirst(archive))
            foreach (var slug in paper.Tags.Distinct(StringComparer.Ordinal))
            {
                if (!known.Contains(slug)) continue;
                if (!papersByTag.TryGetValue(slug, out var entry)) entry = ([], 0);
                if (entry.Papers.Count == 0 || entry.Papers[^1].FirstDay != paper.FirstDay) entry.Days++;
                if (entry.Days <= settings.FeedDays) entry.Papers.Add(paper);
                papersByTag[slug] = entry;
            }
        foreach (var tag in archive.Tags)
        {
            if (!papersByTag.TryGetValue(tag.Slug, out var entry)) continue;
            yield return (tag, PaperChannel(entry.Papers, $"{settings.Title}: {tag.Name}", TagDescription(tag), settings.AbsoluteUrl(Routes.Tag(tag.Slug)), archive, settings));
        }
    }

    /// <summary>What a topic's feed says it is about.</summary>
    public static string TagDescription(Tag tag) => tag.Description.Length > 0 ? tag.Description : $"Trending papers about {tag.Name}.";

    /// <summary>
    /// A feed per week and per month with days: the period's top <see cref="SiteSettings.PeriodTopPapers"/> papers,
    /// most upvoted first (the papers its page shows in full). The period is the feed's window, so it is not windowed
    /// again by days; the byte cap still applies when written.
    /// </summary>
    public static IEnumerable<(string Path, FeedChannel Channel)> Periods(Archive archive, SiteSettings settings)
    {
        foreach (var (week, days) in Model.Periods.Weeks(archive))
            yield return (Routes.WeekFeed(week.Key), Period(archive, settings, days, Routes.Week(week.Key), "week of " + settings.Dates.Range(week.Monday, week.Sunday)));
        foreach (var (month, days) in Model.Periods.Months(archive))
            yield return (Routes.MonthFeed(month.Key), Period(archive, settings, days, Routes.Month(month.Key), settings.Dates.Month(month.Year, month.Month)));
    }

    private static FeedChannel Period(Archive archive, SiteSettings settings, ImmutableArray<Day> days, string page, string name) => Channel(settings,
        $"{settings.Title}: top papers, {name}", $"The most upvoted papers that trended in the {name}.", settings.AbsoluteUrl(page), archive,
        Model.Periods.Ranked(Model.Periods.PapersOf(archive, days)).Take(settings.PeriodTopPapers).Select(p => PaperItem(p, archive, settings)));

    /// <summary>
    /// One item per digest day that has papers, the latest <see cref="SiteSettings.FeedDays"/> of them, newest first;
    /// the item lists that day's papers with absolute links. A day without papers is no news, so it has no item.
    /// </summary>
    public static FeedChannel Days(Archive archive, SiteSettings settings) => Channel(settings,
        $"{settings.Title}: daily digests", $"Every day's trending papers, one entry per day. {settings.Description}",
        settings.AbsoluteUrl(Routes.Archive), archive,
        archive.Days.Reverse().Where(d => d.PaperSlugs.Any(slug => archive.TryGet(slug, out _))).Take(settings.FeedDays).Select(d => DayItem(d, archive, settings)));

    /// <summary>
    /// Authors an item names (RSS <c>dc:creator</c>, Atom and JSON Feed authors); past them the summary says how many
    /// more there are. A paper of 587 authors otherwise put 30 KB of names in every feed it is in.
    /// </summary>
    public const int AuthorsListed = 10;

    /// <summary>
    /// A feed per author with a page: their papers of their latest <see cref="SiteSettings.FeedDays"/> days, each item
    /// with the abstract's excerpt rather than the whole abstract, because the archive has more author feeds than
    /// papers and each paper is in several of them (docs/feeds.md).
    /// </summary>
    public static FeedChannel Author(Author author, Archive archive, SiteSettings settings) => Channel(settings,
        $"{settings.Title}: papers by {author.Name}", $"Papers with {author.Name} among the authors.", settings.AbsoluteUrl(Routes.Author(author.Slug)), archive,
        Window(author.Papers, settings.FeedDays).Select(p => PaperItem(p, archive, settings) with { Summary = Excerpt.Of(p.Abstract, settings.ExcerptLength) }));

    public static FeedItem PaperItem(Paper paper, Archive archive, SiteSettings settings) => new()
    {
        Url = settings.AbsoluteUrl(Routes.Paper(paper.Slug)),
        Title = paper.Title,
        Summary = paper.Abstract,
        Published = Midnight(paper.FirstDay),
        Authors = paper.Authors.Length > AuthorsListed ? paper.Authors[..AuthorsListed] : paper.Authors,
        AuthorsLeftOut = Math.Max(0, paper.Authors.Length - AuthorsListed),
        ExternalUrl = paper.ArxivId is { } id ? ArxivId.AbsUrl(id) : null,
        PdfUrl = paper.ArxivId is { } pdf ? ArxivId.PdfUrl(pdf) : null,
        Categories = [.. paper.Tags.Select(slug => archive.TagOf(slug).Name).Distinct(StringComparer.Ordinal)],
    };

    public static FeedItem DayItem(Day day, Archive archive, SiteSettings settings)
    {
        var html = new StringBuilder(day.PaperSlugs.Length * 160 + 64);
        html.Append("<ul>\n");
        foreach (var slug in day.PaperSlugs)
        {
            if (!archive.TryGet(slug, out var paper)) continue;
            html.Append("<li><a href=\"").Append(FeedHtml.Encode(settings.AbsoluteUrl(Routes.Paper(paper.Slug)))).Append("\">")
                .Append(FeedHtml.Encode(paper.Title)).Append("</a>");
            if (paper.Authors.Length > 0) html.Append(" — ").Append(FeedHtml.Encode(DisplayText.Authors(paper.Authors, 3)));
            if (paper.ArxivId is { } id)
                html.Append(" (<a href=\"").Append(FeedHtml.Encode(ArxivId.AbsUrl(id))).Append("\">arXiv</a>, <a href=\"")
                    .Append(FeedHtml.Encode(ArxivId.PdfUrl(id))).Append("\">PDF</a>)");
            html.Append("</li>\n");
        }
        html.Append("</ul>");
        return new FeedItem
        {
            Url = settings.AbsoluteUrl(Routes.Day(day.Date)),
            Title = "Papers of " + settings.Dates.Date(day.Date),
            Summary = $"{DisplayText.PaperCount(day.PaperSlugs.Length)} trended on {settings.Dates.Date(day.Date)}.",
            ContentHtml = html.ToString(),
            Published = Midnight(day.Date),
        };
    }

    /// <summary>A day as a feed timestamp: its midnight, UTC (digests are dated, not timed).</summary>
    public static DateTimeOffset Midnight(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    private static FeedChannel Channel(SiteSettings settings, string title, string description, string homeUrl, Archive archive, IEnumerable<FeedItem> items)
    {
        var list = items.ToImmutableArray();
        // The newest item's date, never "now": two builds of the same input must be byte-identical.
        // An empty feed falls back to the archive's latest day, or the Unix epoch for an empty archive.
        var updated = list.Length > 0 ? list.Max(i => i.Published)
            : archive.Days.Length > 0 ? Midnight(archive.Days[^1].Date)
            : DateTimeOffset.UnixEpoch;
        return new FeedChannel
        {
            Title = title,
            Description = description,
            HomeUrl = homeUrl,
            Language = settings.Language,
            Author = settings.Author ?? settings.Title,
            Updated = updated,
            Items = list,
        };
    }
}
