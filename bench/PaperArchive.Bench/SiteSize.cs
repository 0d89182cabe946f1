namespace PaperArchive.Bench;

/// <summary>Files and bytes of one kind of output file.</summary>
public sealed record SizeOfKind(string Kind, int Files, long Bytes);

/// <summary>
/// A built site's files and bytes (file lengths, what a host publishes), split by kind: HTML pages, their Markdown
/// sources, the search index (everything under <c>search/</c> but its page), feeds (RSS, Atom, JSON Feed, OPML), and
/// the rest (assets, sitemap, robots.txt, icons).
/// </summary>
public sealed record SiteSize(IReadOnlyList<SizeOfKind> Kinds)
{
    public static readonly string[] KindNames = ["HTML", "Markdown", "search", "feeds", "other"];

    public int Files => Kinds.Sum(k => k.Files);
    public long Bytes => Kinds.Sum(k => k.Bytes);

    public static SiteSize Measure(string output)
    {
        var files = new int[KindNames.Length];
        var bytes = new long[KindNames.Length];
        foreach (var file in new DirectoryInfo(output).EnumerateFiles("*", SearchOption.AllDirectories))
        {
            var kind = Kind(Path.GetRelativePath(output, file.FullName).Replace('\\', '/'));
            files[kind]++;
            bytes[kind] += file.Length;
        }
        return new SiteSize([.. KindNames.Select((name, i) => new SizeOfKind(name, files[i], bytes[i]))]);
    }

    private static int Kind(string path)
    {
        var name = Path.GetFileName(path);
        if (path.EndsWith(".html", StringComparison.Ordinal)) return 0;
        if (path.EndsWith(".md", StringComparison.Ordinal)) return 1;
        if (path.StartsWith("search/", StringComparison.Ordinal)) return 2;
        if (name is "feed.xml" or "atom.xml" or "feed.json" || name.EndsWith(".opml", StringComparison.Ordinal)) return 3;
        return 4;
    }
}
