namespace PaperArchive.Routing;

/// <summary>
/// A kind of page: its name (what a layout sees as <c>page.data.kind</c>), the theme layout that renders it, and where
/// its pages live (the paths come from <see cref="Routes"/>). A new kind is one producer in Pages/ plus one layout;
/// docs/themes.md describes every kind and the data its layout receives.
/// </summary>
/// <param name="FallbackLayout">The layout used when a theme lacks <paramref name="Layout"/> (kinds added after themes were
/// written: a theme made before them keeps building).</param>
public sealed record PageKind(string Name, string Layout, string RoutePattern, string? FallbackLayout = null)
{
    public static readonly PageKind Home = new("home", "home", "/");
    public static readonly PageKind Day = new("day", "day", "/days/YYYY-MM-DD/");
    public static readonly PageKind Paper = new("paper", "paper", "/papers/SLUG/");
    public static readonly PageKind Tag = new("tag", "tag", "/tags/SLUG/ and /tags/SLUG/page/N/");
    public static readonly PageKind Tags = new("tags", "page", "/tags/");
    public static readonly PageKind Archive = new("archive", "page", "/archive/");
    public static readonly PageKind Search = new("search", "search", "/search/");
    public static readonly PageKind NotFound = new("not-found", "page", "/404.html");
    public static readonly PageKind Week = new("week", "period", "/weeks/YYYY-WNN/", FallbackLayout: "page");
    public static readonly PageKind Month = new("month", "period", "/months/YYYY-MM/", FallbackLayout: "page");
    public static readonly PageKind Author = new("author", "author", "/authors/SLUG/", FallbackLayout: "page");

    /// <summary>Every kind, in the order docs/themes.md lists them.</summary>
    public static IReadOnlyList<PageKind> All { get; } = [Home, Day, Paper, Tag, Tags, Archive, Search, NotFound, Week, Month, Author];

    /// <summary>The layout to use instead of <paramref name="layout"/> when a theme lacks it, or null when there is none.</summary>
    public static string? FallbackFor(string layout) => All.FirstOrDefault(k => k.Layout == layout && k.FallbackLayout is not null)?.FallbackLayout;
}
