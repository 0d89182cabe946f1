using PaperArchive.Routing;
using PaperArchive.Settings;

namespace PaperArchive.Pages;

/// <summary>The <c>/search/</c> page. Its layout (search.liquid) holds the form and loads the scripts; the body is a short intro.</summary>
public static class SearchPage
{
    public static PageSource Build(SiteSettings settings) => new(
        Routes.Search, PageKind.Search.Layout, "Search", $"Search the titles, abstracts, authors and topics of every paper in {settings.Title}.",
        [new("title", "Search")],
        "Search the titles, abstracts, authors and topics of every paper in the archive. Results appear as you type.\n",
        new Dictionary<string, object?> { ["kind"] = PageKind.Search.Name });
}
