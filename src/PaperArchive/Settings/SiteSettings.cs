using PaperArchive.Display;

namespace PaperArchive.Settings;

/// <summary>Site settings, read from <c>input/archive.yml</c>. Every setting has a sensible default.</summary>
public sealed record SiteSettings
{
    public string Title { get; init; } = "Paper Archive";
    public string Description { get; init; } = "Daily digests of trending research papers.";
    /// <summary>Absolute URL the site is served from, ending in '/', e.g. <c>https://user.github.io/paper-archive/</c>.</summary>
    public string BaseUrl { get; init; } = "http://localhost:5080/";
    public string Language { get; init; } = "en";
    /// <summary>
    /// The locale of month and weekday names and of the order of a date's parts ("Mar 11, 2025", "11 mars 2025"): one
    /// of <see cref="DateLocale.Codes"/>. The site's own words stay English.
    /// </summary>
    public string Locale { get; init; } = DateLocale.DefaultCode;
    public string? Author { get; init; }
    /// <summary>
    /// The feeds' window: papers that first trended on the latest this-many days that have papers (of the feed's own
    /// papers: a topic feed counts the days of that topic), between <see cref="MinFeedDays"/> and <see cref="MaxFeedDays"/>.
    /// </summary>
    public int FeedDays { get; init; } = 7;
    /// <summary>
    /// The most bytes one feed file may have, between <see cref="MinFeedMaxBytes"/> and <see cref="MaxFeedMaxBytes"/>:
    /// past it the oldest items are left out, so a busy week never makes a feed readers refuse to fetch.
    /// </summary>
    public int FeedMaxBytes { get; init; } = 1024 * 1024;
    public const int MinFeedDays = 1;
    public const int MaxFeedDays = 366;
    public const int MinFeedMaxBytes = 64 * 1024;
    public const int MaxFeedMaxBytes = 10 * 1024 * 1024;
    /// <summary>Papers per page on tag pages.</summary>
    public int TagPageSize { get; init; } = 50;
    /// <summary>
    /// Papers shown as full rows on a week's or month's page, and items in its feed; the rest of the period's papers
    /// follow on the page as one line each (a month of a busy archive is over a thousand papers).
    /// </summary>
    public int PeriodTopPapers { get; init; } = 30;
    /// <summary>
    /// The fewest papers an author needs for a page of their own (and its feed); other names are plain text, found
    /// by search. Two made 1.85 author pages per paper page on the real-shaped archive (docs/reader.md).
    /// </summary>
    public int AuthorPageMinPapers { get; init; } = 3;
    /// <summary>Characters of abstract shown as an excerpt on listing pages.</summary>
    public int ExcerptLength { get; init; } = 280;

    /// <summary>How dates read: the names and patterns of <see cref="Locale"/> (checked when the settings are loaded).</summary>
    public DateLocale Dates => DateLocale.Find(Locale) ?? throw new InvalidOperationException($"locale '{Locale}' is not one of {string.Join(", ", DateLocale.Codes)}");

    /// <summary>The path part of <see cref="BaseUrl"/>, always starting and ending with '/': <c>/paper-archive/</c>.</summary>
    public string BasePath => Parsed.Path;

    /// <summary>A site-relative path ("papers/x/") as a link under the base path ("/paper-archive/papers/x/").</summary>
    public string Link(string sitePath) => string.Concat(Parsed.Path, sitePath.AsSpan().TrimStart('/'));

    /// <summary>A site-relative path as an absolute URL, for feeds, sitemaps and canonical links.</summary>
    public string AbsoluteUrl(string sitePath) => string.Concat(Parsed.Root, sitePath.AsSpan().TrimStart('/'));

    // Links are made hundreds of thousands of times per build: parse the base URL once per value of BaseUrl
    // (keyed on the string, so a copy made with `with { BaseUrl = … }` parses its own).
    private (string Url, string Path, string Root)? parsed;
    private (string Url, string Path, string Root) Parsed
    {
        get
        {
            if (parsed is { } p && ReferenceEquals(p.Url, BaseUrl)) return p;
            var uri = new Uri(BaseUrl.EndsWith('/') ? BaseUrl : BaseUrl + "/", UriKind.Absolute);
            var path = uri.AbsolutePath.EndsWith('/') ? uri.AbsolutePath : uri.AbsolutePath + "/";
            var value = (BaseUrl, path, uri.GetLeftPart(UriPartial.Authority) + path);
            parsed = value;
            return value;
        }
    }
}
