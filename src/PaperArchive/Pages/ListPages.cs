using System.Globalization;
using System.Text;
using PaperArchive.Display;
using PaperArchive.Model;
using PaperArchive.Routing;
using PaperArchive.Settings;

namespace PaperArchive.Pages;

/// <summary>The pages that lead into the archive: home, the archive by month, and the not-found page.</summary>
public static class ListPages
{
    /// <summary>Papers in the home page's "top of the week" list.</summary>
    public const int TopOfWeek = 10;

    public static PageSource Home(Archive archive, SiteSettings settings)
    {
        var links = new PageLinks(settings, archive);
        var rows = new PaperRow(settings, archive);
        var body = new MarkdownBody();
        body.Append(MarkdownText.Escape(settings.Description)).Append(" ")
          .Append($"The archive holds {DisplayText.PaperCount(archive.Papers.Length)} from {Plural(archive.Days.Length, "day")}: ")
          .Append(links.Link("browse by date", Routes.Archive)).Append(", ")
          .Append(links.Link("by topic", Routes.Tags)).Append(", or ")
          .Append(links.Link("search", Routes.Search)).Append(".\n\n");

        // The newest day that has papers: a digest of an empty day (a holiday) must not leave home empty.
        var latest = archive.Days.Reverse().FirstOrDefault(d => d.PaperSlugs.Length > 0);
        if (latest is not null)
        {
            body.Append("## Latest: ").Append(links.Link(settings.Dates.Date(latest.Date), Routes.Day(latest.Date))).Append("\n\n");
            body.AppendRows(latest.PaperSlugs.Select(slug => rows.Block(archive[slug], showDays: false, headingLevel: 3, shared: true)));

            var week = IsoWeek.Of(latest.Date);
            var top = Periods.Ranked(Periods.PapersOf(archive, archive.Days.Where(d => IsoWeek.Of(d.Date) == week))).Take(TopOfWeek).ToList();
            if (top.Count > 0)
            {
                body.Append("## ").Append(links.Link("Top papers of the week " + settings.Dates.Range(week.Monday, week.Sunday), Routes.Week(week.Key))).Append("\n\n");
                body.AppendRows(top.Select(p => rows.Block(p, showDays: true, headingLevel: 3, shared: true)));
            }

            var earlier = archive.Days.Reverse().Where(d => d.Date < latest.Date).Take(7).ToList();
            if (earlier.Count > 0)
            {
                body.Append("## Earlier days\n\n");
                foreach (var day in earlier)
                    body.Append("- ").Append(links.Link(settings.Dates.Date(day.Date), Routes.Day(day.Date))).Append(" — ").Append(DisplayText.PaperCount(day.PaperSlugs.Length)).Append("\n");
                body.Append("\n").Append(links.Link("All days", Routes.Archive)).Append("\n");
            }
        }
        else body.Append(archive.Days.Length > 0 ? "No papers have trended yet.\n" : "The archive has no digests yet.\n");

        return PageSource.FromBlocks(Routes.Home, PageKind.Home.Layout, settings.Title, settings.Description,
            [new("title", settings.Title)], body, new Dictionary<string, object?> { ["kind"] = PageKind.Home.Name });
    }

    /// <summary>The archive as month calendars, newest first: each day a link with its paper count, empty days plain.</summary>
    public static PageSource Archive(Archive archive, SiteSettings settings)
    {
        var links = new PageLinks(settings, archive);
        var body = new MarkdownBody();
        body.Append($"{DisplayText.PaperCount(archive.Papers.Length)} from {Plural(archive.Days.Length, "day")}, newest first. Each month and week has a page of its top papers.\n\n");
        var byDate = archive.Days.ToDictionary(d => d.Date);
        var weeks = archive.Days.Select(d => IsoWeek.Of(d.Date)).ToHashSet();
        foreach (var year in archive.Days.GroupBy(d => d.Date.Year).OrderByDescending(g => g.Key))
        {
            body.Append("## ").Append(year.Key.ToString(CultureInfo.InvariantCulture))
              .Append(" (").Append(DisplayText.PaperCount(year.Sum(d => d.PaperSlugs.Length))).Append(")\n\n");
            body.AppendHtml("", "<div class=\"calendar-year\">\n");
            foreach (var month in year.GroupBy(d => d.Date.Month).OrderByDescending(g => g.Key))
            {
                var name = settings.Dates.Month(year.Key, month.Key);
                var count = DisplayText.PaperCount(month.Sum(d => d.PaperSlugs.Length));
                var route = Routes.Month(new YearMonth(year.Key, month.Key).Key);
                var md = new StringBuilder(1024);
                md.Append("### ").Append(links.Link(name, route)).Append(" (").Append(count).Append(")\n\n");
                foreach (var day in month.OrderByDescending(d => d.Date))
                    md.Append("- ").Append(links.Link(settings.Dates.Date(day.Date), Routes.Day(day.Date)))
                      .Append(" — ").Append(DisplayText.PaperCount(day.PaperSlugs.Length)).Append('\n');
                md.Append('\n');
                body.AppendHtml(md.ToString(), Calendar(year.Key, month.Key, name, count, route, byDate, weeks, settings));
            }
            body.AppendHtml("", "</div>\n");
        }
        return PageSource.FromBlocks(Routes.Archive, PageKind.Archive.Layout, "Archive", "Every day of the archive, by year and month.",
            [new("title", "Archive")], body, new Dictionary<string, object?> { ["kind"] = PageKind.Archive.Name });
    }

    /// <summary>A month as a calendar table: a row per week (linked to its week page), a cell per day.</summary>
    private static string Calendar(int year, int month, string name, string count, string monthRoute, Dictionary<DateOnly, Day> days,
        HashSet<IsoWeek> weeks, SiteSettings settings)
    {
        var html = new StringBuilder(4096);
        html.Append("<section class=\"calendar-month\">\n<h3><a href=\"");
        HtmlText.Append(html, settings.Link(monthRoute)).Append("\">");
        HtmlText.Append(html, name).Append("</a> (").Append(count).Append(")</h3>\n");
        html.Append("<table class=\"calendar\">\n<caption class=\"visually-hidden\">");
        HtmlText.Append(html, name).Append(": papers per day</caption>\n<thead><tr><th scope=\"col\">Week</th>");
        foreach (var weekday in settings.Dates.WeekdaysAbbreviated) html.Append("<th scope=\"col\">").Append(HtmlText.Encode(weekday)).Append("</th>");
        html.Append("</tr></thead>\n<tbody>\n");
        var first = new DateOnly(year, month, 1);
        var start = first.AddDays(-(((int)first.DayOfWeek + 6) % 7));
        for (var monday = start; monday.Year < year || (monday.Year == year && monday.Month <= month); monday = monday.AddDays(7))
        {
            var week = IsoWeek.Of(monday);
            html.Append("<tr><th scope=\"row\">");
            var weekLabel = "W" + week.Week.ToString("D2", CultureInfo.InvariantCulture);
            if (weeks.Contains(week)) html.Append("<a href=\"").Append(HtmlText.Encode(settings.Link(Routes.Week(week.Key)))).Append("\">").Append(weekLabel).Append("</a>");
            else html.Append(weekLabel);
            html.Append("</th>");
            for (var i = 0; i < 7; i++)
            {
                var date = monday.AddDays(i);
                if (date.Month != month) { html.Append("<td></td>"); continue; }
                var number = date.Day.ToString(CultureInfo.InvariantCulture);
                if (days.TryGetValue(date, out var day) && day.PaperSlugs.Length > 0)
                {
                    html.Append("<td class=\"has-papers\"><a href=\"").Append(HtmlText.Encode(settings.Link(Routes.Day(date)))).Append("\">")
                        .Append("<span class=\"cal-day\">").Append(number).Append("</span> <span class=\"cal-count\">")
                        .Append(DisplayText.Number(day.PaperSlugs.Length)).Append("<span class=\"visually-hidden\"> ")
                        .Append(day.PaperSlugs.Length == 1 ? "paper" : "papers").Append("</span></span></a></td>");
                }
                else html.Append("<td>").Append(number).Append("</td>");
            }
            html.Append("</tr>\n");
        }
        return html.Append("</tbody>\n</table>\n</section>\n").ToString();
    }

    public static PageSource NotFound(Archive archive, SiteSettings settings)
    {
        var links = new PageLinks(settings, archive);
        var md = $"There is no page at this address. Try the {links.Link("home page", Routes.Home)}, the {links.Link("archive", Routes.Archive)} or {links.Link("search", Routes.Search)}.\n";
        return new PageSource(Routes.NotFound, PageKind.NotFound.Layout, "Page not found", "There is no page at this address.",
            [new("title", "Page not found")], md, new Dictionary<string, object?> { ["kind"] = PageKind.NotFound.Name });
    }

    private static string Plural(int count, string noun) => DisplayText.Count(count, noun);
}
