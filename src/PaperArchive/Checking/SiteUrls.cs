using PaperArchive.Settings;

namespace PaperArchive.Checking;

/// <summary>
/// Maps URLs found in a site to the files of the output they should be served from, the way a static host does:
/// the base path is stripped, <c>folder/</c> means <c>folder/index.html</c>. URLs elsewhere (other hosts, mailto:…)
/// are external and are not checked.
/// </summary>
public sealed class SiteUrls(SiteSettings settings, IReadOnlySet<string> files)
{
    private readonly string basePath = settings.BasePath;
    private readonly Uri baseUrl = new(settings.BaseUrl, UriKind.Absolute);

    public string BasePath => basePath;

    /// <summary>The outcome of resolving one URL.</summary>
    public enum Kind { External, FragmentOnly, Resolved, Broken }

    /// <summary>
    /// Resolves <paramref name="url"/> as found on the page at <paramref name="pageFile"/> (site-relative file path).
    /// <paramref name="target"/> is the site-relative file it names (for Resolved) or the path that was looked for (for Broken).
    /// </summary>
    public Kind Resolve(string url, string pageFile, out string target)
    {
        target = "";
        url = url.Trim();
        if (url.Length == 0) return Kind.Broken;
        if (url[0] == '#') return Kind.FragmentOnly;

        string? sitePath;
        // The common case, a root-relative link under the base path, needs no Uri.
        if (url.StartsWith(basePath, StringComparison.Ordinal) && !url.StartsWith("//", StringComparison.Ordinal))
            sitePath = url[basePath.Length..];
        else
        {
            var absolute = url.Contains(':') && !url.StartsWith('/') || url.StartsWith("//", StringComparison.Ordinal);
            if (!Uri.TryCreate(new Uri(baseUrl, PageUrlPath(pageFile)), url, out var resolved)) { target = url; return Kind.Broken; }
            if (resolved.Scheme is not ("http" or "https") || !SameOrigin(resolved)) return Kind.External;
            if (!resolved.AbsolutePath.StartsWith(basePath, StringComparison.Ordinal))
            {
                // An absolute URL to elsewhere on the same host is someone else's; a root-relative one escaping the base path is a bug.
                if (absolute) return Kind.External;
                target = resolved.AbsolutePath;
                return Kind.Broken;
            }
            sitePath = resolved.AbsolutePath[basePath.Length..] + resolved.Query + resolved.Fragment;
        }

        var cut = sitePath.AsSpan().IndexOfAny('?', '#');
        if (cut >= 0) sitePath = sitePath[..cut];
        if (sitePath.Contains('%')) sitePath = Uri.UnescapeDataString(sitePath);
        target = ToFile(sitePath);
        if (files.Contains(target)) return Kind.Resolved;
        // "papers/x" without its slash: hosts redirect to the folder.
        if (!sitePath.EndsWith('/') && sitePath.Length > 0 && files.Contains(sitePath + "/index.html"))
        {
            target = sitePath + "/index.html";
            return Kind.Resolved;
        }
        return Kind.Broken;
    }

    /// <summary>A site path ("papers/x/", "", "feed.xml") as the file that serves it.</summary>
    public static string ToFile(string sitePath) =>
        sitePath.Length == 0 || sitePath.EndsWith('/') ? sitePath + "index.html" : sitePath;

    /// <summary>The URL path of a page, relative to the base, so that relative links resolve as in a browser.</summary>
    private static string PageUrlPath(string pageFile) =>
        pageFile.EndsWith("/index.html", StringComparison.Ordinal) ? pageFile[..^"index.html".Length]
        : pageFile == "index.html" ? "" : pageFile;

    private bool SameOrigin(Uri url) =>
        string.Equals(url.Host, baseUrl.Host, StringComparison.OrdinalIgnoreCase) && url.Port == baseUrl.Port;
}
