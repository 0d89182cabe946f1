using System.Collections.Immutable;
using PaperArchive.Display;
using PaperArchive.Model;
using PaperArchive.Routing;
using PaperArchive.Settings;

namespace PaperArchive.Pages;

/// <summary>
/// A page per week (<c>/weeks/2025-W11/</c>, ISO weeks) and per month (<c>/months/2025-03/</c>) that has digest days:
/// the period's papers, most upvoted first, then by days trended (<see cref="Periods.Ranked"/>), like the source site's
/// weekly and monthly views, each with links to its days, the periods around it and its feed.
/// </summary>
public static class PeriodPages
{
    public static IEnumerable<PageSource> Weeks(Archive archive, SiteSettings settings)
    {
        var weeks = Periods.Weeks(archive).ToList();
        for (var i = 0; i < weeks.Count; i++)
        {
            var (week, days) = weeks[i];
            var label = settings.Dates.Range(week.Monday, week.Sunday);
            yield return Page(PageKind.Week, Routes.Week(week.Key), Routes.WeekFeed(week.Key), "Top papers, week of " + label, "the week of " + label, "this week",
                week.Key, days, archive, settings,
                i > 0 ? (Routes.Week(weeks[i - 1].Week.Key), "Week of " + settings.Dates.Range(weeks[i - 1].Week.Monday, weeks[i - 1].Week.Sunday)) : null,
                i + 1 < weeks.Count ? (Routes.Week(weeks[i + 1].Week.Key), "Week of " + settings.Dates.Range(weeks[i + 1].Week.Monday, weeks[i + 1].Week.Sunday)) : null);
        }
    }

    public static IEnumerable<PageSource> Months(Archive archive, SiteSettings settings)
    {
        var months = Periods.Months(archive).ToList();
        for (var i = 0; i < months.Count; i++)
        {
            var (month, days) = months[i];
            var label = settings.Dates.Month(month.Year, month.Month);
            yield return Page(PageKind.Month, Routes.Month(month.Key), Routes.MonthFeed(month.Key), "Top papers of " + label, label, "this month",
                month.Key, days, archive, settings,
                i > 0 ? (Routes.Month(months[i - 1].Month.Key), settings.Dates.Month(months[i - 1].Month.Year, months[i - 1].Month.Month)) : null,
                i + 1 < months.Count ? (Routes.Month(months[i + 1].Month.Key), settings.Dates.Month(months[i + 1].Month.Year, months[i + 1].Month.Month)) : null);
        }
    }

    private static PageSource Page(PageKind kind, string path, string feed, string title, string period, string when, string key, ImmutableArray<Day> days,
        Archive archive, SiteSettings settings, (string Path, string Label)? previous, (string Path, string Label)? next)
    {
        var links = new PageLinks(settings, archive);
        var rows = new PaperRow(settings, archive);
        var papers = Periods.Ranked(Periods.PapersOf(archive, days));
        var body = new MarkdownBody()
            .Append(papers.Length == 0 ? $"No papers trended {when}." : $"{DisplayText.PaperCount(papers.Length)} trended {when}, most upvoted first.")
            .Append(" Days: ")
            .Append(string.Join(" · ", days.Select(d => links.Link(settings.Dates.Date(d.Date), Routes.Day(d.Date)) + " (" + DisplayText.Number(d.PaperSlugs.Length) + ")")))
            .Append(". Follow it with its ").Append(links.Link("feed", feed)).Append(".\n\n");
        var top = settings.PeriodTopPapers;
        body.AppendRows(papers.Take(top).Select(p => rows.Block(p, showDays: true, headingLevel: 2, shared: true)));
        if (papers.Length > top)
        {
            body.Append($"## More papers {when}\n\n");
            body.AppendCompactRows(papers.Skip(top).Select(rows.Compact), top + 1);
        }

        var data = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["kind"] = kind.Name,
            ["period"] = key,
            ["previous"] = previous is { } p ? Link(p, settings) : null,
            ["next"] = next is { } n ? Link(n, settings) : null,
            ["feed_url"] = settings.AbsoluteUrl(feed),
            ["feed_title"] = $"{settings.Title}: {title}",
        };
        return PageSource.FromBlocks(path, kind.Layout, title,
            $"{DisplayText.PaperCount(papers.Length)} that trended in {period}, most upvoted first.",
            [new("title", title), new(kind.Name, key), new("days", days.Select(d => Routes.DayKey(d.Date)).ToList())], body, data) with
        {
            LastModified = days[^1].Date,
        };
    }

    private static Dictionary<string, object?> Link((string Path, string Label) link, SiteSettings settings) => new(StringComparer.Ordinal)
    {
        ["url"] = settings.Link(link.Path),
        ["label"] = link.Label,
    };
}
