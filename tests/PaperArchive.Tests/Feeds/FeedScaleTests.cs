using System.Diagnostics;
using PaperArchive.Feeds;
using PaperArchive.Model;

namespace PaperArchive.Tests.Feeds;

/// <summary>A large archive: feeds hold the window of days and every tag feed comes from one pass over the archive.</summary>
[Trait("Category", "Slow")]
public class FeedScaleTests
{
    [Fact]
    public void Ten_thousand_papers_give_feeds_of_the_window_newest_first()
    {
        var large = FeedArchives.Large(days: 200, perDay: 50);
        Tag[] tags = [.. Enumerable.Range(0, 20).Select(i => new Tag($"t{i}", $"Topic {i}", ""))];
        var archive = large.WithPapers([.. large.Papers.Select((p, i) => p with { Tags = [$"t{i % 20}"] })], [.. tags]);
        var settings = FeedArchives.Settings();
        var clock = Stopwatch.StartNew();

        var papers = FeedChannels.Papers(archive, settings);
        var byTag = FeedChannels.Tags(archive, settings).ToList();
        var sitemap = SitemapWriter.Write(archive.Papers.Select(p => new SitemapEntry(settings.AbsoluteUrl($"papers/{p.Slug}/"), p.LastDay)), settings).ToList();

        Assert.Equal(7 * 50, papers.Items.Length);
        Assert.Equal("Paper 0199-000", papers.Items[0].Title);
        Assert.Equal("Paper 0193-049", papers.Items[^1].Title);
        Assert.Equal(20, byTag.Count);
        // Every tag has 2 or 3 papers a day, so its window is its latest 7 days of the archive.
        Assert.All(byTag, t => Assert.Equal(7, t.Channel.Items.Select(i => i.Published).Distinct().Count()));
        Assert.All(byTag, t => Assert.True(t.Channel.Items.SequenceEqual(t.Channel.Items.OrderByDescending(i => i.Published)), t.Tag.Slug));
        Assert.Single(sitemap);
        // Generous: only a slow algorithm (formatting every paper, a pass per tag) would come near it.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), clock.Elapsed.ToString());
    }
}
