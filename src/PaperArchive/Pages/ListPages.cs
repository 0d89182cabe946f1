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
    public static PageSource Home(Archive archive, SiteSettings settings)
    {
        var links = new PageLinks(settings, archive);
        var md = new StringBuilder(8192);
        md.Append(MarkdownText.Escape(settings.Description)).Append(' ')
          .Append($"The archive holds {DisplayText.PaperCount(archive.Papers.Length)} from {Plural(archive.Days.Length, "day")}: ")
          .Append(links.Link("browse by date", Routes.Archive)).Append(", ")
          .Append(links.Link("by topic", Routes.Tags)).Append(", or ")
          .Append(links.Link("search", Routes.Search)).Append(".\n\n");

        if (archive.Days.Length > 0)
        {
            var latest = archive.Days[^1];
            md.Append("## Latest: ").Append(links.Link(DisplayText.Date(latest.Date), Routes.Day(latest.Date))).Append("\n\n");
            if (latest.PaperSlugs.Length == 0) md.Append("No papers trended on this day.\n\n");
            foreach (var slug in latest.PaperSlugs) md.Append(links.Teaser(archive[slug], showDays: false, heading: "###"));

            var earlier = archive.Days.Reverse().Skip(1).Take(7).ToList();
            if (earlier.Count > 0)
            {
                md.Append("## Earlier days\n\n");
                foreach (var day in earlier)
                    md.Append("- ").Append(links.Link(DisplayText.Date(day.Date), Routes.Day(day.Date))).Append(" — ").Append(DisplayText.PaperCount(day.PaperSlugs.Length)).Append('\n');
                md.Append("\n").Append(links.Link("All days", Routes.Archive)).Append("\n");
            }
        }
        else md.Append("The archive has no digests yet.\n");

        return new PageSource(Routes.Home, PageKind.Home.Layout, settings.Title, settings.Description,
            [new("title", settings.Title)], md.ToString(), new Dictionary<string, object?> { ["kind"] = PageKind.Home.Name });
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
                      .Append(" — ").Append(DisplayText.PaperCount(day.PaperSlugs.Length)).Append('\n');
                md.Append('\n');
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
