using PaperArchive.Feeds;
using PaperArchive.Model;
using PaperArchive.Pages;
using PaperArchive.Pipeline;
using PaperArchive.Search;
using PaperArchive.Settings;

namespace PaperArchive.Site;

/// <summary>
/// The pipelines that make the site, in the order their files are listed. Each page pipeline turns page sources
/// into Markdown, renders it with Markdig and wraps it in the theme's layout; they are independent, so they run
/// in parallel. Feeds read the archive; the sitemap waits for every page pipeline and lists what they wrote.
/// This is the one place pipelines are declared: the modules they are made of live beside it (PageModules,
/// FeedModules, SearchModules, StaticFiles), each knowing nothing of which pipeline uses it.
/// </summary>
public static class SitePipelines
{
    public const string Papers = "papers";
    public const string Days = "days";
    public const string Lists = "lists";
    public const string Tags = "tags";
    public const string AuthorPagesPipeline = "authors";
    public const string Periods = "periods";
    public const string Search = "search";
    public const string Assets = "assets";
    public const string Feeds = "feeds";
    public const string Sitemap = "sitemap";
    public const string Robots = "robots";

    /// <summary>
    /// Pages rendered and written per batch in the large page pipelines: memory holds a batch of pages, not the
    /// site; large enough that every core has work.
    /// </summary>
    public const int PageBatchSize = 256;

    /// <summary>
    /// The same for pages that list papers (days, tags, weeks, months): each holds dozens of rows with whole abstracts
    /// (a month, hundreds), so a smaller batch keeps memory flat while still giving every core pages to render.
    /// </summary>
    public const int ListBatchSize = 16;

    /// <summary>Feeds made and written per batch (see <see cref="WriteFeeds"/>): up to the feed byte cap each.</summary>
    public const int FeedBatchSize = 16;

    /// <param name="sitemapUrlsPerFile">Split the sitemap into an index past this many URLs (lowered only by tests).</param>
    public static IReadOnlyList<Pipeline.Pipeline> Create(string inputFolder, int sitemapUrlsPerFile = SitemapWriter.MaxUrlsPerFile)
    {
        // Every pipeline that makes HTML pages. A page pipeline added here is in the sitemap with no other change.
        Pipeline.Pipeline[] pages =
        [
            PagePipeline(Papers, c => c.Get<Archive>().Papers.Select(p => PaperPages.Build(p, c.Get<Archive>(), c.Get<SiteSettings>()))).Batched(PageBatchSize),
            PagePipeline(Days, c => Enumerable.Range(0, c.Get<Archive>().Days.Length).Select(i => DayPages.Build(i, c.Get<Archive>(), c.Get<SiteSettings>()))).Batched(ListBatchSize),
            PagePipeline(Lists, c =>
            [
                ListPages.Home(c.Get<Archive>(), c.Get<SiteSettings>()),
                ListPages.Archive(c.Get<Archive>(), c.Get<SiteSettings>()),
                ListPages.NotFound(c.Get<Archive>(), c.Get<SiteSettings>()),
            ]),
            PagePipeline(Tags, c =>
            {
                var byTag = TagPages.PapersByTag(c.Get<Archive>());
                return TagPages.All(c.Get<Archive>(), c.Get<SiteSettings>(), byTag).Prepend(TagPages.Index(c.Get<Archive>(), c.Get<SiteSettings>(), byTag));
            }).Batched(ListBatchSize),
            PagePipeline(AuthorPagesPipeline, c => AuthorPages.All(c.Get<Archive>(), c.Get<SiteSettings>())).Batched(PageBatchSize),
            PagePipeline(Periods, c => PeriodPages.Weeks(c.Get<Archive>(), c.Get<SiteSettings>()).Concat(PeriodPages.Months(c.Get<Archive>(), c.Get<SiteSettings>()))).Batched(2),
            // The search page, with its index shards and display data.
            SearchPipeline(inputFolder),
        ];
        return
        [
            .. pages,
            // Theme assets first, then the archive's own static files (which may override them, as in Hugo).
            Pipeline.Pipeline.Of(Assets,
                new StaticFiles(c => c.Get<Theme>().StaticFolder, c => c.Get<Theme>().Folder),
                new StaticFiles(_ => Path.Combine(inputFolder, "static"), _ => inputFolder),
                new FuncModule("last copy wins", (docs, _) => docs.GroupBy(d => d.Path, StringComparer.Ordinal).Select(g => g.Last()))),
            FeedsPipeline(),
            SitemapPipeline([.. pages.Select(p => p.Name)], sitemapUrlsPerFile),
            RobotsPipeline(Assets),
        ];
    }

    public static Pipeline.Pipeline PagePipeline(string name, Func<PipelineContext, IEnumerable<PageSource>> sources) =>
        Pipeline.Pipeline.Of(name, new PagesFrom(sources), new RenderMarkdown(), new ApplyLayout());

    /// <summary>The build phase a pipeline's time counts towards in <c>--timings</c>.</summary>
    public static BuildPhase PhaseOf(string pipeline) => pipeline switch
    {
        Search => BuildPhase.Search,
        Feeds or Sitemap or Robots => BuildPhase.Feeds,
        _ => BuildPhase.RenderPages,
    };

    /// <summary>The search page, the search data and lunr.min.js.</summary>
    public static Pipeline.Pipeline SearchPipeline(string inputFolder, SearchOptions? options = null)
    {
        var page = PagePipeline(Search, c => [SearchPage.Build(c.Get<SiteSettings>())]);
        return page with
        {
            Modules =
            [
                .. page.Modules,
                new WriteSearchFiles(options ?? SearchOptions.Default),
                new WriteLunrScript(c => [c.Get<Theme>().StaticFolder, Path.Combine(inputFolder, "static")]),
            ],
        };
    }

    /// <summary>Site feeds (RSS, Atom, JSON), the daily digest feed, one feed per tag, week, month and author (with a page), and the OPML list of the site and topic feeds. Reads only the archive.</summary>
    public static Pipeline.Pipeline FeedsPipeline() => Pipeline.Pipeline.Of(Feeds, new WriteFeeds()).Batched(FeedBatchSize);

    /// <summary>
    /// The sitemap, made from the OUTPUT of the given page pipelines, so it lists exactly the pages that are
    /// written, including ones added by pipelines this code does not know about.
    /// </summary>
    public static Pipeline.Pipeline SitemapPipeline(IReadOnlyList<string> pagePipelines, int maxUrlsPerFile = SitemapWriter.MaxUrlsPerFile) =>
        Pipeline.Pipeline.Of(Sitemap, new WriteSitemap(pagePipelines, maxUrlsPerFile)).After([.. pagePipelines]);

    /// <summary>robots.txt, unless the archive ships its own among its static files (which then wins).</summary>
    public static Pipeline.Pipeline RobotsPipeline(string staticFilesPipeline) =>
        Pipeline.Pipeline.Of(Robots, new WriteRobotsTxt(staticFilesPipeline)).After(staticFilesPipeline);
}
