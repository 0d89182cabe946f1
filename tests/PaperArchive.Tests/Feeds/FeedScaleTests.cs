using System.Diagnostics;
using PaperArchive.Feeds;
using PaperArchive.Model;

namespace PaperArchive.Tests.Feeds;

/// <summary>A large archive: feeds stay FeedSize long and every tag feed comes from one pass over the archive.</summary>
[Trait("Category", "Slow")]
public class FeedScaleTests
{
    [Fact]
    public void Ten_thousand_papers_give_feeds_of_feed_size_newest_first()
    {
        var large = FeedArchives.Large(days: 200, perDay: 50);
        Tag[] tags = [.. Enumerable.Range(0, 20).Select(i => new Tag($"t{i}", $"Topic {i}", ""))];
        var archive = large.WithPapers([.. large.Papers.Select((p, i) => p with { Tags = [$"t{i % 20}"] })], [.. tags]);
        var settings = FeedArchives.Settings();
        var clock = Stopwatch.StartNew();

        var papers = FeedChannels.Papers(archive, settings);
        var byTag = FeedChannels.Tags(archive, settings).ToList();
        var sitemap = SitemapWriter.Write(archive.Papers.Select(p => new SitemapEntry(settings.AbsoluteUrl($"papers/{p.Slug}/"), p.LastDay)), settings).ToList();

        Assert.Equal(50, papers.Items.Length);
        Assert.Equal("Paper 0199-000", papers.Items[0].Title);
        Assert.Equal("Paper 0199-049", papers.Items[49].Title);
        Assert.Equal(20, byTag.Count);
        Assert.All(byTag, t => Assert.Equal(50, t.Channel.Items.Length));
        Assert.All(byTag, t => Assert.True(t.Channel.Items.SequenceEqual(t.Channel.Items.OrderByDescending(i => i.Published)), t.Tag.Slug));
        Assert.Single(sitemap);
        // Generous: only a slow algorithm (formatting every paper, a pass per tag) would come near it.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), clock.Elapsed.ToString());
    }
}
