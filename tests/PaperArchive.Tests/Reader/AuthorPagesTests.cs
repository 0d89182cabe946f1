using PaperArchive.Model;
using PaperArchive.Routing;
using PaperArchive.Tests.Feeds;
using PaperArchive.Tests.Support;

namespace PaperArchive.Tests.Reader;

/// <summary>Author pages: one per author with two or more papers, linked from rows and paper pages, each with its feed.</summary>
public class AuthorPagesTests
{
    private static Archive Archive() => ArchiveBuilder.Build(
    [
        TestArchives.Digest("2025-03-10",
            TestArchives.Entry("Alpha") with { Authors = ["Ada Lovelace", "Once Only"] },
            TestArchives.Entry("Beta") with { Authors = ["Ålan Türing <x>"] }),
        TestArchives.Digest("2025-03-11",
            TestArchives.Entry("Gamma") with { Authors = ["ada lovelace", "Alan Turing <x>", "B", "C"] }),
    ]).Archive;

    [Fact]
    public async Task Authors_with_two_or_more_papers_get_a_page_and_a_feed_and_their_names_link_to_it()
    {
        var site = await FeedArchives.RunSiteAsync(Archive(), FeedArchives.Settings());
        string Html(string path) => System.Text.Encoding.UTF8.GetString(site[path + "index.html"].ToBytes());

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

        var feed = System.Text.Encoding.UTF8.GetString(site[Routes.AuthorFeed("ada-lovelace")].ToBytes());
        Assert.Contains("<title>Gamma</title>", feed);
        Assert.Contains("<title>Alpha</title>", feed);
        Assert.DoesNotContain("<title>Beta</title>", feed);
    }
}
