using PaperArchive.Pages;
using PaperArchive.Routing;
using PaperArchive.Settings;

namespace PaperArchive.Site;

/// <summary>What layouts see: <c>site.*</c> and <c>page.*</c> (documented in docs/themes.md).</summary>
public static class TemplateModel
{
    public static IReadOnlyDictionary<string, object?> Site(SiteSettings settings) => new Dictionary<string, object?>(StringComparer.Ordinal)
    {
        ["title"] = settings.Title,
        ["description"] = settings.Description,
        ["language"] = settings.Language,
        ["base_url"] = settings.BaseUrl,
        ["base_path"] = settings.BasePath,
        ["author"] = settings.Author,
        // Absolute, so autodiscovery works wherever the page is read (feed readers, saved copies).
        ["rss_url"] = settings.AbsoluteUrl(Routes.RssFeed),
        ["atom_url"] = settings.AbsoluteUrl(Routes.AtomFeed),
        ["json_feed_url"] = settings.AbsoluteUrl(Routes.JsonFeed),
    };

    public static IReadOnlyDictionary<string, object?> Page(PageSource source, SiteSettings settings) => new Dictionary<string, object?>(StringComparer.Ordinal)
    {
        ["title"] = source.Title,
        ["description"] = source.Description,
        ["layout"] = source.Layout,
        ["url"] = settings.Link(source.Path),
        ["permalink"] = settings.AbsoluteUrl(source.Path),
        ["source_url"] = settings.Link(source.MarkdownPath),
        ["is_home"] = source.Path.Length == 0,
        // Open Graph type: a paper is an article, every other page a website.
        ["og_type"] = source.Data?.GetValueOrDefault("kind") as string == PageKind.Paper.Name ? "article" : "website",
        ["data"] = source.Data,
    };
}
