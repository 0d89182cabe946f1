namespace PaperArchive.Settings;

/// <summary>Site settings, read from <c>input/archive.yml</c>. Every setting has a sensible default.</summary>
public sealed record SiteSettings
{
    public string Title { get; init; } = "Paper Archive";
    public string Description { get; init; } = "Daily digests of trending research papers.";
    /// <summary>Absolute URL the site is served from, ending in '/', e.g. <c>https://user.github.io/paper-archive/</c>.</summary>
    public string BaseUrl { get; init; } = "http://localhost:5080/";
    public string Language { get; init; } = "en";
    public string? Author { get; init; }
    /// <summary>Items in the site feeds.</summary>
    public int FeedSize { get; init; } = 50;
    /// <summary>Papers per page on tag pages.</summary>
    public int TagPageSize { get; init; } = 50;
    /// <summary>Characters of abstract shown as an excerpt on listing pages.</summary>
    public int ExcerptLength { get; init; } = 280;

    /// <summary>The path part of <see cref="BaseUrl"/>, always starting and ending with '/': <c>/paper-archive/</c>.</summary>
    public string BasePath => new Uri(BaseUrl, UriKind.Absolute).AbsolutePath is var p && p.EndsWith('/') ? p : p + "/";

    /// <summary>A site-relative path ("papers/x/") as a link under the base path ("/paper-archive/papers/x/").</summary>
    public string Link(string sitePath) => BasePath + sitePath.TrimStart('/');

    /// <summary>A site-relative path as an absolute URL, for feeds, sitemaps and canonical links.</summary>
    public string AbsoluteUrl(string sitePath) => new Uri(new Uri(BaseUrl.EndsWith('/') ? BaseUrl : BaseUrl + "/"), sitePath.TrimStart('/')).AbsoluteUri;
}
