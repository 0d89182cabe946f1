using System.Globalization;
using PaperArchive.Routing;

namespace PaperArchive.Tests.Feeds;

/// <summary>Feeds, sitemap and robots.txt depend on the input alone: not on the clock, the culture or thread timing.</summary>
public class FeedDeterminismTests
{
    private static bool IsDiscoveryFile(string path) =>
        path is Routes.RssFeed or Routes.AtomFeed or Routes.JsonFeed or Routes.DaysFeed or Routes.Sitemap or Routes.Robots
        || path.EndsWith("/feed.xml", StringComparison.Ordinal);

    [Fact]
    public async Task Two_builds_give_byte_identical_feeds_even_in_another_culture()
    {
        var archive = FeedArchives.Mixed();
        var one = await FeedArchives.RunSiteAsync(archive, FeedArchives.Settings());
        IReadOnlyDictionary<string, PaperArchive.Pipeline.Document> two;
        var previous = CultureInfo.CurrentCulture;
        try
        {
            // A culture with another calendar, digits and day names: nothing may leak into the files.
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("ar-SA");
            two = await FeedArchives.RunSiteAsync(archive, FeedArchives.Settings());
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }

        var files = one.Keys.Where(IsDiscoveryFile).Order(StringComparer.Ordinal).ToList();
        Assert.Equal([Routes.AtomFeed, Routes.DaysFeed, Routes.JsonFeed, Routes.RssFeed, Routes.MonthFeed("2025-03"), Routes.Robots, Routes.Sitemap, "tags/cv/feed.xml", "tags/ml/feed.xml", Routes.WeekFeed("2025-W11")], files);
        Assert.Equal(files, two.Keys.Where(IsDiscoveryFile).Order(StringComparer.Ordinal));
        Assert.All(files, f => Assert.True(one[f].ToBytes().AsSpan().SequenceEqual(two[f].ToBytes()), f));
    }
}
