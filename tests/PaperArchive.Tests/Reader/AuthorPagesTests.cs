using PaperArchive.Model;
using PaperArchive.Routing;
using PaperArchive.Tests.Feeds;
using PaperArchive.Tests.Support;

namespace PaperArchive.Tests.Reader;

/// <summary>Author pages: one per author with <c>authorPageMinPapers</c> or more papers, linked from rows and paper pages, each with its feed.</summary>
public class AuthorPagesTests
{
    private static Archive Archive() => ArchiveBuilder.Build(
    [
        TestArchives.Digest("2025-03-10",
            TestArchives.Entry("Alpha") with { Authors = ["Ada Lovelace", "Once Only"] },
            TestArchives.Entry("Beta") with { Authors = ["Ålan Türing <x>"] }),
        TestArchives.Digest("2025-03-11",
            TestArchives.Entry("Gamma", LongAbstract) with { Authors = ["ada lovelace", "Alan Turing <x>", "B", "C"] }),
    ]).Archive;

    /// <summary>A file of the built site as text.</summary>
    private static string Text(IReadOnlyDictionary<string, PaperArchive.Pipeline.Document> site, string path) =>
        System.Text.Encoding.UTF8.GetString(site[path].ToBytes());

    private static readonly string LongAbstract = string.Concat(Enumerable.Repeat("We study long abstracts in feeds. ", 12)) + "The very last sentence.";

    [Fact]
    public async Task Authors_with_two_or_more_papers_get_a_page_and_a_feed_and_their_names_link_to_it()
    {
        var site = await FeedArchives.RunSiteAsync(Archive(), FeedArchives.Settings() with { AuthorPageMinPapers = 2 });
        string Html(string path) => Text(site, path + "index.html");

        // Case and accents aside, one name is one author; a name with one paper has no page.
        var authorPages = site.Keys.Where(k => k.StartsWith("authors/", StringComparison.Ordinal) && !k.EndsWith(".md", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["authors/ada-lovelace/feed.xml", "authors/ada-lovelace/index.html", "authors/alan-turing-x/feed.xml", "authors/alan-turing-x/index.html"], authorPages);

        var ada = Html(Routes.Author("ada-lovelace"));
        Assert.Contains("2 papers with Ada Lovelace among the authors, newest first.", ada);
        Assert.True(ada.IndexOf(">Gamma</a>", StringComparison.Ordinal) < ada.IndexOf(">Alpha</a>", StringComparison.Ordinal), "newest first");
        Assert.Contains("with 3 co-authors", ada);
        Assert.Contains("href=\"https://user.github.io/paper-archive/authors/ada-lovelace/feed.xml\"", ada);
        Assert.Contains("Papers by Alan Turing &lt;x&gt;", Html(Routes.Author("alan-turing-x")));

        // Rows and paper pages link names with pages; a one-paper name stays text.
        var day = Html(Routes.Day(new DateOnly(2025, 3, 10)));
        Assert.Contains("<a href=\"/paper-archive/authors/ada-lovelace/\">Ada Lovelace</a>, Once Only", day);
        var paper = Html(Routes.Paper(Archive().Papers.Single(p => p.Title == "Gamma").Slug));
        Assert.Contains("<a href=\"/paper-archive/authors/ada-lovelace/\">ada lovelace</a>", paper);
        Assert.DoesNotContain("authors/once-only", day);

        var feed = Text(site, Routes.AuthorFeed("ada-lovelace"));
        Assert.Contains("<title>Gamma</title>", feed);
        Assert.Contains("<title>Alpha</title>", feed);
        Assert.DoesNotContain("<title>Beta</title>", feed);
        // Author feeds carry the excerpt, not the whole abstract: each paper is in several of them.
        Assert.Contains("We study long abstracts in feeds.", feed);
        Assert.DoesNotContain("The very last sentence.", feed);
    }

    [Fact]
    public async Task By_default_an_author_needs_three_papers_for_a_page_and_a_name_without_one_stays_text()
    {
        Assert.Equal(3, new Settings.SiteSettings().AuthorPageMinPapers);
        var site = await FeedArchives.RunSiteAsync(Archive(), FeedArchives.Settings());
        Assert.DoesNotContain(site.Keys, k => k.StartsWith("authors/", StringComparison.Ordinal));
        var day = Text(site, Routes.Day(new DateOnly(2025, 3, 10)) + "index.html");
        Assert.Contains("Ada Lovelace, Once Only", day);
        Assert.DoesNotContain("/authors/", day);
    }

    [Fact]
    public async Task A_row_lists_thirty_authors_and_links_the_rest_to_the_paper_page_and_a_feed_item_names_ten()
    {
        var names = Enumerable.Range(1, 587).Select(i => $"Member {i:D3}").ToList();
        var archive = ArchiveBuilder.Build([TestArchives.Digest("2025-03-10", TestArchives.Entry("Consortium") with { Authors = [.. names] })]).Archive;
        var site = await FeedArchives.RunSiteAsync(archive, FeedArchives.Settings());
        var day = Text(site, Routes.Day(new DateOnly(2025, 3, 10)) + "index.html");
        Assert.Contains("Member 030, <a href=\"/paper-archive/" + Routes.Paper(archive.Papers[0].Slug) + "\">and 557 more authors</a>", day);
        Assert.DoesNotContain("Member 031", day);
        var paper = Text(site, Routes.Paper(archive.Papers[0].Slug) + "index.html");
        Assert.Contains("Member 587", paper);

        var rss = System.Xml.Linq.XDocument.Parse(Text(site, Routes.RssFeed));
        var item = Assert.Single(rss.Descendants("item"));
        Assert.Equal(names.Take(10), item.Elements(System.Xml.Linq.XName.Get("creator", "http://purl.org/dc/elements/1.1/")).Select(e => e.Value));
        Assert.Contains("and 577 other authors.", item.Element("description")!.Value);
    }
}
