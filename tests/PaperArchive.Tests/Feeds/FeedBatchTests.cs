using PaperArchive.Model;
using PaperArchive.Pages;
using PaperArchive.Pipeline;
using PaperArchive.Settings;
using PaperArchive.Site;
using PaperArchive.Tests.Support;

namespace PaperArchive.Tests.Feeds;

/// <summary>
/// Feeds are made and written a batch at a time, so a large archive's hundreds of week and month feeds (up to the byte
/// cap each) are never all held at once; the files are those of the whole set made in one go.
/// </summary>
public class FeedBatchTests
{
    [Fact]
    public void The_feeds_pipeline_hands_out_batches_that_together_are_every_feed_in_order()
    {
        // 120 days: 18 weeks and 5 months, each with its own feed, plus the site, day and OPML files.
        var context = new PipelineContext(new Dictionary<Type, object>
        {
            [typeof(Archive)] = FeedArchives.Large(days: 120, perDay: 3),
            [typeof(SiteSettings)] = FeedArchives.Settings(),
            [typeof(Theme)] = Theme.Load(RepoPaths.Theme),
        });
        var pipeline = SitePipelines.FeedsPipeline();
        var source = Assert.IsAssignableFrom<IBatchSource>(pipeline.Modules[0]);
        Assert.Equal(SitePipelines.FeedBatchSize, pipeline.BatchSize);

        var batches = source.Batches(context, 4).ToList();
        var whole = source.Execute([], context);

        Assert.True(whole.Length > 20, $"{whole.Length} feeds");
        Assert.All(batches, batch => Assert.InRange(batch.Length, 1, 4));
        Assert.Equal(whole.Select(d => (d.Path, d.Content)), batches.SelectMany(b => b).Select(d => (d.Path, d.Content)));
        Assert.Contains(whole, d => d.Path.EndsWith(".opml", StringComparison.Ordinal));
    }
}
