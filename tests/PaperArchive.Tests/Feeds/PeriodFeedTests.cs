using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using PaperArchive.Routing;

namespace PaperArchive.Tests.Feeds;

/// <summary>Week and month feeds: the period is their window, and the site's byte cap holds for them as for every feed.</summary>
public class PeriodFeedTests
{
    [Fact]
    public async Task A_busy_month_feed_keeps_within_the_byte_cap_and_a_week_feed_holds_its_top_papers()
    {
        // January 2024: 31 days of 60 papers, far more than 64 KiB of RSS for the month's top 1,000; a week's top 500
        // is its whole week (420 papers) at 1 MiB.
        var archive = FeedArchives.Large(days: 31, perDay: 60);
        const int cap = 65536;
        var small = await FeedArchives.RunSiteAsync(archive, FeedArchives.Settings(feedDays: 1, feedMaxBytes: cap, periodTopPapers: 1000));
        var month = small[Routes.MonthFeed("2024-01")].ToBytes();
        Assert.InRange(month.Length, 1, cap);
        var monthItems = Load(month).Items.ToList();
        Assert.InRange(monthItems.Count, 1, 31 * 60 - 1);

        // feedDays (1) windows the site's feeds, not a period's: the week of Jan 1–7, 2024 keeps its 7 days of papers.
        var large = await FeedArchives.RunSiteAsync(archive, FeedArchives.Settings(feedDays: 1, periodTopPapers: 500));
        var week = Load(large[Routes.WeekFeed("2024-W01")].ToBytes()).Items.ToList();
        Assert.Equal(7 * 60, week.Count);
        Assert.Equal(60, Load(large[Routes.RssFeed].ToBytes()).Items.Count());

        // By default a period's feed is its top 30, the papers its page shows in full.
        var byDefault = await FeedArchives.RunSiteAsync(archive, FeedArchives.Settings(feedDays: 1));
        Assert.Equal(30, Load(byDefault[Routes.WeekFeed("2024-W01")].ToBytes()).Items.Count());
        Assert.Equal(30, Load(byDefault[Routes.MonthFeed("2024-01")].ToBytes()).Items.Count());
    }

    private static SyndicationFeed Load(byte[] xml)
    {
        using var reader = XmlReader.Create(new StringReader(Encoding.UTF8.GetString(xml)));
        return SyndicationFeed.Load(reader);
    }
}
