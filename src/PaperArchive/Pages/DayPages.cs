using System.Collections.Immutable;
using PaperArchive.Display;
using PaperArchive.Model;
using PaperArchive.Routing;
using PaperArchive.Settings;

namespace PaperArchive.Pages;

/// <summary>One page per digest day: its papers in digest order with excerpts, and links to the days around it.</summary>
public static class DayPages
{
    public static PageSource Build(int index, Archive archive, SiteSettings settings)
    {
        var day = archive.Days[index];
        var body = new MarkdownBody().Append(DisplayText.PaperCount(day.PaperSlugs.Length)).Append(" trended on this day.\n\n");
        var rows = new PaperRow(settings, archive);
        body.AppendRows(day.PaperSlugs.Select(slug => rows.Block(archive[slug], showDays: false, headingLevel: 2, shared: false)));

        var previous = index > 0 ? archive.Days[index - 1] : null;
        var next = index + 1 < archive.Days.Length ? archive.Days[index + 1] : null;
        var title = "Papers of " + settings.Dates.Date(day.Date);
        ImmutableArray<KeyValuePair<string, object>> front =
        [
            new("title", title),
            new("date", Routes.DayKey(day.Date)),
            new("papers", day.PaperSlugs.ToList()),
        ];
        var data = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["kind"] = PageKind.Day.Name,
            ["date"] = Routes.DayKey(day.Date),
            ["previous"] = previous is null ? null : DayLink(previous, settings),
            ["next"] = next is null ? null : DayLink(next, settings),
        };
        return PageSource.FromBlocks(Routes.Day(day.Date), PageKind.Day.Layout, title,
            $"{DisplayText.PaperCount(day.PaperSlugs.Length)} that trended on {settings.Dates.Date(day.Date)}.", front, body, data) with
        {
            LastModified = day.Date,
        };
    }


    private static Dictionary<string, object?> DayLink(Day day, SiteSettings settings) => new(StringComparer.Ordinal)
    {
        ["url"] = settings.Link(Routes.Day(day.Date)),
        ["label"] = settings.Dates.Date(day.Date),
    };
}
