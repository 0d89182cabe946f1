using System.Collections.Concurrent;
using System.Collections.Immutable;

namespace PaperArchive.Checking;

/// <summary>
/// Every HTML page of a site and the files it links to, read in parallel. Broken links are collected as they are
/// found; the graph then answers "is this page linked from another" and "does this page link to that file".
/// </summary>
public sealed class PageGraph
{
    private PageGraph(ImmutableDictionary<string, HashSet<string>> linksByPage, ImmutableArray<CheckProblem> brokenLinks, int links)
    {
        LinksByPage = linksByPage;
        BrokenLinks = brokenLinks;
        Links = links;
    }

    /// <summary>Page (site-relative file) → the site files it links to, itself excluded.</summary>
    public ImmutableDictionary<string, HashSet<string>> LinksByPage { get; }
    public ImmutableArray<CheckProblem> BrokenLinks { get; }
    /// <summary>Internal links checked.</summary>
    public int Links { get; }

    public static PageGraph Read(string site, IEnumerable<string> htmlPages, SiteUrls urls)
    {
        var linksByPage = new ConcurrentDictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var broken = new ConcurrentBag<CheckProblem>();
        var links = 0;
        Parallel.ForEach(htmlPages, page =>
        {
            var targets = new HashSet<string>(StringComparer.Ordinal);
            var reported = new HashSet<string>(StringComparer.Ordinal);
            var count = 0;
            foreach (var url in HtmlLinks.Extract(File.ReadAllText(Path.Combine(site, page))))
            {
                switch (urls.Resolve(url, page, out var target))
                {
                    case SiteUrls.Kind.Resolved:
                        count++;
                        if (target != page) targets.Add(target);
                        break;
                    case SiteUrls.Kind.Broken:
                        count++;
                        if (reported.Add(url)) broken.Add(new CheckProblem(CheckKind.BrokenLink, page, $"\"{url}\" leads nowhere: {target} does not exist"));
                        break;
                }
            }
            linksByPage[page] = targets;
            Interlocked.Add(ref links, count);
        });
        var ordered = broken.OrderBy(p => p.File, StringComparer.Ordinal).ThenBy(p => p.Message, StringComparer.Ordinal).ToImmutableArray();
        return new PageGraph(linksByPage.ToImmutableDictionary(StringComparer.Ordinal), ordered, links);
    }

    /// <summary>Pages nothing else links to. Home and the not-found page are entry points, so they need no link.</summary>
    public IEnumerable<CheckProblem> Orphans()
    {
        var linked = new HashSet<string>(LinksByPage.Values.SelectMany(t => t), StringComparer.Ordinal);
        return LinksByPage.Keys
            .Where(page => page is not ("index.html" or "404.html") && !linked.Contains(page))
            .Order(StringComparer.Ordinal)
            .Select(page => new CheckProblem(CheckKind.Orphan, page, "no other page links to this page"));
    }

    public bool HasLink(string page, string target) => LinksByPage.TryGetValue(page, out var targets) && targets.Contains(target);
}
