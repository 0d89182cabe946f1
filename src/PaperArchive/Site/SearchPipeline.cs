using PaperArchive.Pages;
using PaperArchive.Search;

namespace PaperArchive.Site;

/// <summary>The search pipeline: the /search/ page, the search data and lunr.min.js.</summary>
public static class SearchPipeline
{
    public const string Name = "search";

    public static Pipeline.Pipeline Create(string inputFolder, SearchOptions? options = null)
    {
        var page = SitePipelines.PagePipeline(Name, c => [SearchPage.Build(c.Get<Settings.SiteSettings>())]);
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
}
