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
            body.Append("## Latest: ").Append(links.Link(DisplayText.Date(latest.Date), Routes.Day(latest.Date))).Append("\n\n");
            body.AppendRows(latest.PaperSlugs.Select(slug => rows.Block(archive[slug], showDays: false, headingLevel: 3, shared: true)));

            var week = IsoWeek.Of(latest.Date);
            var top = Periods.Ranked(Periods.PapersOf(archive, archive.Days.Where(d => IsoWeek.Of(d.Date) == week))).Take(TopOfWeek).ToList();
            if (top.Count > 0)
            {
                body.Append("## ").Append(links.Link("Top papers of the week " + DisplayText.Week(week.Monday, week.Sunday), Routes.Week(week.Key))).Append("\n\n");
                body.AppendRows(top.Select(p => rows.Block(p, showDays: true, headingLevel: 3, shared: true)));
            }

            var earlier = archive.Days.Reverse().Where(d => d.Date < latest.Date).Take(7).ToList();
            if (earlier.Count > 0)
            {
                body.Append("## Earlier days\n\n");
                foreach (var day in earlier)
                    body.Append("- ").Append(links.Link(DisplayText.Date(day.Date), Routes.Day(day.Date))).Append(" — ").Append(DisplayText.PaperCount(day.PaperSlugs.Length)).Append("\n");
                body.Append("\n").Append(links.Link("All days", Routes.Archive)).Append("\n");
            }
        }
        else body.Append(archive.Days.Length > 0 ? "No papers have trended yet.\n" : "The archive has no digests yet.\n");

        return PageSource.FromBlocks(Routes.Home, PageKind.Home.Layout, settings.Title, settings.Description,
            [new("title", settings.Title)], body, new Dictionary<string, object?> { ["kind"] = PageKind.Home.Name });
    }

    public static PageSource Archive(Archive archive, SiteSettings settings)
    {
        var links = new PageLinks(settings, archive);
        var md = new StringBuilder(archive.Days.Length * 80 + 256);
        md.Append($"{DisplayText.PaperCount(archive.Papers.Length)} from {Plural(archive.Days.Length, "day")}, newest first.\n\n");
        foreach (var year in archive.Days.GroupBy(d => d.Date.Year).OrderByDescending(g => g.Key))
        {
            md.Append("## ").Append(year.Key.ToString(CultureInfo.InvariantCulture))
              .Append(" (").Append(DisplayText.PaperCount(year.Sum(d => d.PaperSlugs.Length))).Append(")\n\n");
            foreach (var month in year.GroupBy(d => d.Date.Month).OrderByDescending(g => g.Key))
            {
                md.Append("### ").Append(DisplayText.MonthName(year.Key, month.Key))
                  .Append(" (").Append(DisplayText.PaperCount(month.Sum(d => d.PaperSlugs.Length))).Append(")\n\n");
                foreach (var day in month.OrderByDescending(d => d.Date))
                    md.Append("- ").Append(links.Link(DisplayText.Date(day.Date), Routes.Day(day.Date)))
                      .Append(" — ").Append(DisplayText.PaperCount(day.PaperSlugs.Length)).Append("\n");
                md.Append("\n");
            }
        }
        return new PageSource(Routes.Archive, PageKind.Archive.Layout, "Archive", "Every day of the archive, by year and month.",
            [new("title", "Archive")], md.ToString(), new Dictionary<string, object?> { ["kind"] = PageKind.Archive.Name });
    }

    public static PageSource NotFound(Archive archive, SiteSettings settings)
    {
        var links = new PageLinks(settings, archive);
        var md = $"There is no page at this address. Try the {links.Link("home page", Routes.Home)}, the {links.Link("archive", Routes.Archive)} or {links.Link("search", Routes.Search)}.\n";
        return new PageSource(Routes.NotFound, PageKind.NotFound.Layout, "Page not found", "There is no page at this address.",
            [new("title", "Page not found")], md, new Dictionary<string, object?> { ["kind"] = PageKind.NotFound.Name });
    }

    private static string Plural(int count, string noun) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + noun + (count == 1 ? "" : "s");
}
