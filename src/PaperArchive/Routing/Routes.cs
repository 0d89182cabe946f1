using System.Globalization;
using PaperArchive.Model;

namespace PaperArchive.Routing;

/// <summary>Where each kind of page lives, as a site-relative path. Links add the base path through <see cref="Settings.SiteSettings.Link"/>.</summary>
public static class Routes
{
    public const string Home = "";
    public const string Archive = "archive/";
    public const string Tags = "tags/";
    public const string Search = "search/";
    public static string Paper(string slug) => $"papers/{slug}/";
    public static string Paper(Paper paper) => Paper(paper.Slug);
    public static string Day(DateOnly date) => $"days/{DayKey(date)}/";
    public static string Tag(string slug) => $"tags/{slug}/";
    /// <summary>A numbered page of a tag's older papers, counted from its first paper (see <c>TagPages</c>).</summary>
    public static string TagPage(string slug, int page) => $"tags/{slug}/page/{page.ToString(CultureInfo.InvariantCulture)}/";

    public static string DayKey(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    /// <summary>How dates read on pages: "Mar 11, 2025", the same in every culture.</summary>
    public static string Display(DateOnly date) => date.ToString("MMM d, yyyy", CultureInfo.InvariantCulture);
    public static string MonthName(int year, int month) => new DateOnly(year, month, 1).ToString("MMMM yyyy", CultureInfo.InvariantCulture);
}
