using System.Collections.Immutable;
using PaperArchive.Feeds;
using PaperArchive.Model;
using PaperArchive.Pages;
using PaperArchive.Pipeline;
using PaperArchive.Settings;
using PaperArchive.Site;
using PaperArchive.Tests.Support;

namespace PaperArchive.Tests.Feeds;

/// <summary>Archives built from digest records (no digest reader involved), and the site pipelines run on them.</summary>
public static class FeedArchives
{
    public const string BaseUrl = "https://user.github.io/paper-archive/";
    public const string HostileTitle = "<script>alert(\"x\")</script> & 'quotes' — Ω ü 中文";
    public const string HostileAbstract = "An abstract with <b>bold</b>, &amp; an entity, a CDATA end ]]> and </script> in it. Ω ü 中文.";
    public const string HostileTagName = "Machine Learning & <Stats>";

    public static SiteSettings Settings(int feedDays = 7, int feedMaxBytes = 1024 * 1024, int periodTopPapers = 30) =>
        new() { Title = "Test & <Archive>", BaseUrl = BaseUrl, FeedDays = feedDays, FeedMaxBytes = feedMaxBytes, PeriodTopPapers = periodTopPapers };

    /// <summary>
    /// Three days. Mar 10: "Alpha", "Beta". Mar 11: the hostile paper, "Gamma", "Beta" again. Mar 12: "Delta".
    /// Newest first by first day trended, then digest order: Delta, hostile, Gamma, Alpha, Beta.
    /// </summary>
    public static Archive Mixed()
    {
        var hostile = TestArchives.Entry(HostileTitle, HostileAbstract, arxiv: "2503.01234") with { Authors = ["Ann O'Neil", "Bo <Li>"] };
        var digests = new[]
        {
            TestArchives.Digest("2025-03-10", TestArchives.Entry("Alpha"), TestArchives.Entry("Beta")),
            TestArchives.Digest("2025-03-11", hostile, TestArchives.Entry("Gamma"), TestArchives.Entry("Beta")),
            TestArchives.Digest("2025-03-12", TestArchives.Entry("Delta")),
        };
        var archive = ArchiveBuilder.Build(digests).Archive;
        ImmutableArray<Tag> tags = [new("ml", HostileTagName, "Learning from data."), new("cv", "Vision", ""), new("unused", "Unused", "")];
        return archive.WithPapers([.. archive.Papers.Select(p => p with
        {
            Tags = p.Title switch
            {
                HostileTitle => ["ml", "cv"],
                "Alpha" or "Delta" => ["ml"],
                _ => [],
            },
        })], tags);
    }

    /// <summary>An archive of <paramref name="days"/> days with <paramref name="perDay"/> new papers each.</summary>
    public static Archive Large(int days, int perDay) => ArchiveBuilder.Build(Enumerable.Range(0, days).Select(d =>
        TestArchives.Digest(new DateOnly(2024, 1, 1).AddDays(d).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            [.. Enumerable.Range(0, perDay).Select(i => TestArchives.Entry($"Paper {d:D4}-{i:D3}"))]))).Archive;

    /// <summary>Runs the site's pipelines on an archive, as a build does, and returns every output by path.</summary>
    /// <param name="inputFolder">Where static files would be (input/static); none by default.</param>
    public static async Task<IReadOnlyDictionary<string, Document>> RunSiteAsync(Archive archive, SiteSettings settings,
        int sitemapUrlsPerFile = SitemapWriter.MaxUrlsPerFile, string? inputFolder = null)
    {
        using var empty = new TempFolder();
        var context = new PipelineContext(new Dictionary<Type, object>
        {
            [typeof(Archive)] = archive,
            [typeof(SiteSettings)] = settings,
            [typeof(Theme)] = Theme.Load(RepoPaths.Theme),
        });
        var result = await PipelineEngine.RunAsync(SitePipelines.Create(inputFolder ?? empty.Path, sitemapUrlsPerFile), context);
        return result.Outputs.ToDictionary(d => d.Path, StringComparer.Ordinal);
    }
}
