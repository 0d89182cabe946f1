using System.Globalization;

namespace PaperArchive.Routing;

/// <summary>Where each kind of page lives, as a site-relative path. Links add the base path through <see cref="Settings.SiteSettings.Link"/>.</summary>
public static class Routes
{
    public const string Home = "";
    public const string Archive = "archive/";
    public const string Tags = "tags/";
    public const string Search = "search/";
    public static string Paper(string slug) => $"papers/{slug}/";
    public static string Day(DateOnly date) => $"days/{DayKey(date)}/";
    public static string Tag(string slug) => $"tags/{slug}/";
    /// <summary>A numbered page of a tag's older papers, counted from its first paper (see <c>TagPages</c>).</summary>
    public static string TagPage(string slug, int page) => $"tags/{slug}/page/{page.ToString(CultureInfo.InvariantCulture)}/";

    public static string DayKey(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
