using System.Collections.Immutable;
using System.Text.Json;
using PaperArchive.Feeds;
using PaperArchive.Incremental;
using PaperArchive.Model;
using PaperArchive.Pages;
using PaperArchive.Pipeline;
using PaperArchive.Routing;
using PaperArchive.Settings;

namespace PaperArchive.Site;

/// <summary>
/// Formats every feed of the site, each within <see cref="SiteSettings.FeedMaxBytes"/>, and the OPML list of them.
/// Batched (<see cref="SitePipelines.FeedBatchSize"/>), the feeds are made a batch at a time — formatted in parallel
/// within it — and written before the next: a large archive has hundreds of week and month feeds of up to the byte
/// cap each (100,000 papers: ~350 of ~1 MB), which held all at once were most of the build's live memory. In an
/// incremental build a feed whose channel (every item's data) is what made the file in the output is not formatted
/// again: adding a day changes the site feeds, its week's and month's, and the feeds of the topics and authors of its
/// papers, not the feeds of earlier weeks and months (a month's feed, capped at a megabyte, was the costliest file to remake).
/// </summary>
public sealed class WriteFeeds : IBatchSource
{
    public ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, PipelineContext context) =>
        [.. inputs, .. Batches(context, int.MaxValue).SelectMany(batch => batch)];

    public IEnumerable<ImmutableArray<Document>> Batches(PipelineContext context, int size)
    {
        foreach (var batch in Feeds(context).Chunk(size))
            yield return [.. batch.AsParallel().AsOrdered().Select(make => make())];
    }

    /// <summary>Every feed file, in order, each made when it is called; period and author channels are made as they are reached.</summary>
    private static IEnumerable<Func<Document>> Feeds(PipelineContext context)
    {
        var archive = context.Get<Archive>();
        var settings = context.Get<SiteSettings>();
        var reuse = context.Find<PageReuse>();
        var counter = context.Find<RenderCounter>();
        Document Feed(FeedWriter write, string path, FeedChannel channel, SiteSettings siteSettings)
        {
            var feed = WriteFeeds.Feed(write, path, channel, siteSettings, reuse);
            if (!feed.ReusePrevious) counter?.CountFeed();
            return feed;
        }
        var papers = FeedChannels.Papers(archive, settings);
        var days = FeedChannels.Days(archive, settings);
        var tagChannels = FeedChannels.Tags(archive, settings).ToList();
        FeedOutline Outline(string path, FeedChannel channel) => new(channel.Title, settings.AbsoluteUrl(path), channel.HomeUrl);
        IEnumerable<Func<Document>> site =
        [
            () => Feed(RssFeedWriter.Write, Routes.RssFeed, papers, settings),
            () => Feed(AtomFeedWriter.Write, Routes.AtomFeed, papers, settings),
            () => Feed(JsonFeedWriter.Write, Routes.JsonFeed, papers, settings),
            () => Feed(RssFeedWriter.Write, Routes.DaysFeed, days, settings),
        ];
        return site
            .Concat(tagChannels.Select(t => (Func<Document>)(() => Feed(RssFeedWriter.Write, Routes.TagFeed(t.Tag.Slug), t.Channel, settings))))
            .Concat(FeedChannels.Periods(archive, settings).Select(p => (Func<Document>)(() => Feed(RssFeedWriter.Write, p.Path, p.Channel, settings))))
            .Concat(Authors.Of(archive, settings.AuthorPageMinPapers).All.Select(a => (Func<Document>)(() =>
                Feed(RssFeedWriter.Write, Routes.AuthorFeed(a.Slug), FeedChannels.Author(a, archive, settings), settings))))
            .Append(() => Document.Create(Routes.FeedList, OpmlWriter.Write($"{settings.Title}: feeds",
                [Outline(Routes.RssFeed, papers), Outline(Routes.DaysFeed, days)],
                "Topics", tagChannels.Select(t => Outline(Routes.TagFeed(t.Tag.Slug), t.Channel)))));
    }

    /// <summary>
    /// A feed file at <paramref name="path"/>, in the writer's format, within the site's byte cap; with
    /// <paramref name="reuse"/>, fingerprinted, and left as it is in the output when its fingerprint is unchanged.
    /// </summary>
    public static Document Feed(FeedWriter write, string path, FeedChannel channel, SiteSettings settings, PageReuse? reuse = null)
    {
        if (reuse is null) return Document.Create(path, FeedBudget.Write(write, channel, settings.AbsoluteUrl(path), settings.FeedMaxBytes));
        // The channel as JSON holds every property of the channel and of its items, so a field added to them is in the
        // fingerprint without a change here; the settings (base URL, cap) and the code are in the environment.
        var fingerprint = reuse.Fingerprint(path, $"{write.Method.DeclaringType?.FullName}.{write.Method.Name}",
            JsonSerializer.SerializeToUtf8Bytes(channel, FeedFingerprintJson.Default.FeedChannel));
        var document = reuse.CanReuse(path, fingerprint)
            ? Document.Create(path, "") with { ReusePrevious = true }
            : Document.Create(path, FeedBudget.Write(write, channel, settings.AbsoluteUrl(path), settings.FeedMaxBytes));
        return document.With(PageKeys.Fingerprint, fingerprint);
    }
}

[System.Text.Json.Serialization.JsonSerializable(typeof(FeedChannel))]
internal sealed partial class FeedFingerprintJson : System.Text.Json.Serialization.JsonSerializerContext;

/// <summary>Lists every HTML page the page pipelines wrote, except the not-found page, which is no page to index.</summary>
public sealed class WriteSitemap(IReadOnlyList<string> pagePipelines, int maxUrlsPerFile) : IModule
{
    private const string FolderIndex = "index.html";

    public ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, PipelineContext context)
    {
        var settings = context.Get<SiteSettings>();
        var entries = pagePipelines.SelectMany(name => context.OutputsOf(name))
            .Select(d => EntryOf(d, settings))
            .OfType<SitemapEntry>();
        return [.. inputs, .. SitemapWriter.Write(entries, settings, maxUrlsPerFile).Select(f => Document.Create(f.Path, f.Content))];
    }

    private static SitemapEntry? EntryOf(Document document, SiteSettings settings)
    {
        var path = document.Path;
        if (!path.EndsWith(".html", StringComparison.Ordinal) || path == Routes.NotFound) return null;
        // Page sources know their URL and date; an HTML page from elsewhere is listed by its path, undated.
        if (document.GetOrDefault<PageSource>(PageKeys.Source) is { } source)
            return new SitemapEntry(settings.AbsoluteUrl(source.Path), source.LastModified);
        var urlPath = path == FolderIndex ? "" : path.EndsWith("/" + FolderIndex, StringComparison.Ordinal) ? path[..^FolderIndex.Length] : path;
        return new SitemapEntry(settings.AbsoluteUrl(urlPath), null);
    }
}

/// <summary>Writes robots.txt pointing at the sitemap, unless the static files already hold one.</summary>
public sealed class WriteRobotsTxt(string staticFilesPipeline) : IModule
{
    public ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, PipelineContext context)
    {
        if (context.OutputsOf(staticFilesPipeline).Any(d => d.Path == Routes.Robots)) return inputs;
        return [.. inputs, Document.Create(Routes.Robots, RobotsTxt.Write(context.Get<SiteSettings>()))];
    }
}
