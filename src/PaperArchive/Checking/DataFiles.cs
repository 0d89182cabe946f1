using System.Collections.Concurrent;
using System.Text.Json;
using System.Xml;

namespace PaperArchive.Checking;

/// <summary>The site's machine-readable files: feeds, sitemaps and search indexes must parse, and say what they link to.</summary>
public static class DataFiles
{
    private static readonly XmlReaderSettings Safe = new() { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };

    /// <summary>Every .xml file must be well-formed XML and every .json file well-formed JSON.</summary>
    public static IEnumerable<CheckProblem> Malformed(string site, IEnumerable<string> files)
    {
        var problems = new ConcurrentBag<CheckProblem>();
        Parallel.ForEach(files, file =>
        {
            var path = Path.Combine(site, file);
            try
            {
                if (file.EndsWith(".xml", StringComparison.OrdinalIgnoreCase))
                {
                    using var reader = XmlReader.Create(path, Safe);
                    while (reader.Read()) { }
                }
                else if (file.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
                {
                    using var stream = File.OpenRead(path);
                    using var _ = JsonDocument.Parse(stream);
                }
            }
            catch (Exception e) when (e is XmlException or JsonException)
            {
                problems.Add(new CheckProblem(CheckKind.Malformed, file, e.Message));
            }
        });
        return problems.OrderBy(p => p.File, StringComparer.Ordinal);
    }

    /// <summary>
    /// The site files a sitemap lists, following sitemap indexes into the sitemaps they name.
    /// Unparseable sitemaps are skipped here: <see cref="Malformed"/> reports them.
    /// </summary>
    public static HashSet<string> SitemapTargets(string site, string sitemap, SiteUrls urls)
    {
        var targets = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Queue<string>([sitemap]);
        var seen = new HashSet<string>(StringComparer.Ordinal) { sitemap };
        while (pending.TryDequeue(out var file))
        {
            var (root, locations) = Elements(Path.Combine(site, file), "loc");
            var isIndex = root == "sitemapindex";
            foreach (var location in locations)
            {
                if (urls.Resolve(location, file, out var target) != SiteUrls.Kind.Resolved) continue;
                if (!isIndex) targets.Add(target);
                else if (seen.Add(target)) pending.Enqueue(target);
            }
        }
        return targets;
    }

    /// <summary>The site files an RSS or Atom feed links to (item links, Atom link hrefs, guids and ids that are URLs).</summary>
    public static HashSet<string> FeedTargets(string site, string feed, SiteUrls urls)
    {
        var targets = new HashSet<string>(StringComparer.Ordinal);
        foreach (var value in Elements(Path.Combine(site, feed), "link", "guid", "id").Values)
            if (urls.Resolve(value, feed, out var target) == SiteUrls.Kind.Resolved) targets.Add(target);
        return targets;
    }

    /// <summary>
    /// The root element's name, and the text (or href attribute) of the elements with the given local names in
    /// document order; nothing when the file does not parse.
    /// </summary>
    private static (string Root, List<string> Values) Elements(string path, params string[] names)
    {
        var values = new List<string>();
        var root = "";
        try
        {
            using var reader = XmlReader.Create(path, Safe);
            reader.Read();
            while (!reader.EOF)
            {
                if (reader.NodeType != XmlNodeType.Element) { reader.Read(); continue; }
                if (root.Length == 0) root = reader.LocalName;
                if (Array.IndexOf(names, reader.LocalName) < 0) { reader.Read(); continue; }
                if (reader.GetAttribute("href") is { } href) { values.Add(href); reader.Read(); }
                // Reading the content moves past the end tag, onto the next node: no Read() after it.
                else if (!reader.IsEmptyElement) values.Add(reader.ReadElementContentAsString().Trim());
                else reader.Read();
            }
        }
        catch (XmlException) { }
        return (root, values);
    }
}
