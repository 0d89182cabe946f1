using System.Text.RegularExpressions;
using PaperArchive.Site;
using PaperArchive.Tests.Support;

namespace PaperArchive.Tests.Reader;

/// <summary>The pages readers come for, built from an archive with rich Hugging Face data (see <see cref="ReaderArchive"/>).</summary>
public sealed class ReaderSiteFixture : IAsyncLifetime
{
    private readonly TempFolder temp = new();
    public string Site => temp["site"];
    public string Input { get; private set; } = "";
    public BuildReport Report { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        Input = ReaderArchive.Write(temp);
        Report = await SiteBuilder.BuildAsync(new BuildOptions(Input, Site, RepoPaths.Theme));
    }

    public string Read(string sitePath) => File.ReadAllText(Path.Combine(Site, sitePath));

    public ValueTask DisposeAsync()
    {
        temp.Dispose();
        return ValueTask.CompletedTask;
    }
}

public class ReaderPagesTests(ReaderSiteFixture site) : IClassFixture<ReaderSiteFixture>
{
    private static string Row(string html, string titleFragment)
    {
        var rows = Regex.Matches(html, "<li class=\"paper-row\">.*?</li>\n(?=<li class=\"paper-row\">|</ol>)", RegexOptions.Singleline);
        return Assert.Single(rows, r => r.Value.Contains(titleFragment, StringComparison.Ordinal)).Value;
    }

    [Fact]
    public void The_build_succeeds_and_warns_about_invalid_tex_naming_the_paper()
    {
        Assert.True(site.Report.Succeeded, string.Join("\n", site.Report.Diagnostics));
        var warning = Assert.Single(site.Report.Diagnostics);
        Assert.Contains("'Retrieval-Augmented Reasoning over Tables (1)' (papers/retrieval-augmented-reasoning-over-tables-1/): the TeX $\\frac{a$ in its abstract does not render", warning.ToString());
        Assert.EndsWith("it is shown as written", warning.Message);
        Assert.EndsWith($"{ReaderArchive.BigDay}.json", warning.File);
    }

    [Fact]
    public void Tex_in_titles_and_abstracts_renders_as_mathml_on_pages_and_stays_tex_in_titles_sources_and_feeds()
    {
        var day = site.Read($"days/{ReaderArchive.BigDay}/index.html");
        var row = Row(day, "Comparisons, Revisited");
        Assert.Contains("\">Sorting in <math><mrow><mi class=\"mathcal\">𝒪</mi>", row);
        Assert.DoesNotContain("$\\mathcal", row);
        // The excerpt keeps display math inline (rows stay compact); the expanded abstract shows it as a block.
        Assert.DoesNotContain("display=\"block\"", Regex.Match(row, "<summary><span class=\"row-excerpt\">.*?</summary>", RegexOptions.Singleline).Value);
        Assert.Contains("display=\"block\"", row);

        var slug = Slug("Sorting in <math>");
        var page = site.Read($"papers/{slug}/index.html");
        Assert.Contains("<title>Sorting in $\\mathcal{O}(n \\log n)$ Comparisons, Revisited · ", page);
        Assert.Contains("<h1>Sorting in <math>", page);
        Assert.Contains("<math display=\"block\"", page);
        // The Markdown source keeps the TeX (escaped, so it renders as exactly that text).
        var source = site.Read($"papers/{slug}/index.md");
        Assert.Contains(@"\\Theta(n)\$", source);
        Assert.DoesNotContain("<math", source);
        Assert.Contains("Sorting in $\\mathcal{O}(n \\log n)$ Comparisons, Revisited", site.Read("feed.xml"));
        Assert.DoesNotContain("<math", site.Read("feed.xml"));

        // Invalid TeX stays as written; dollars that are prices stay text.
        Assert.Contains("Our broken formula $\\frac{a$ stays as written.", Row(day, "Retrieval-Augmented Reasoning over Tables (1)"));
        var plain = site.Read("days/2025-02-27/index.html");
        Assert.Contains("It costs US$5 per run, and $5 more with ensembles.", plain);
        Assert.DoesNotContain("<math", plain);
    }

    [Fact]
    public void A_day_row_shows_authors_links_counts_tags_and_the_abstract_behind_its_excerpt()
    {
        var day = site.Read($"days/{ReaderArchive.BigDay}/index.html");
        Assert.Equal(ReaderArchive.BigDayPapers, Regex.Matches(day, "<li class=\"paper-row\">").Count);
        // Paper 1 (2503.10001) has 8 authors: three shown, "et al.", all of them on expand.
        var row = Row(day, "Attention Is Still All You Need");
        Assert.Matches("<details class=\"row-authors\"><summary>[^<]+, [^<]+, [^<]+ et al\\.</summary>", row);
        Assert.Equal(8, Regex.Match(row, "<details class=\"row-authors\"><summary>.*?</summary>(.*?)</details>").Groups[1].Value.Split(", ").Length);
        Assert.Contains("<a href=\"https://arxiv.org/abs/2503.10001\">arXiv</a> · <a href=\"https://arxiv.org/pdf/2503.10001\">PDF</a>", row);
        Assert.Contains("<span class=\"row-stat\">37 upvotes</span><span class=\"row-stat\">1 comment</span>", row);
        Assert.Matches("<details class=\"row-abstract\"><summary><span class=\"row-excerpt\">[^<]+…</span>", row);
        Assert.Contains("We release code, data and trained models to support further research in this direction.</p>", row);
        Assert.Contains("<ul class=\"row-tags\" aria-label=\"Topics\"><li><a href=\"/sub/path/tags/", row);

        // Paper 0 has one author (no expander), code and a project page.
        var first = Row(day, "Comparisons, Revisited");
        Assert.Contains("<span class=\"row-authors\">", first);
        Assert.DoesNotContain("row-authors\"><summary>", first);
        Assert.Contains("<a href=\"https://github.com/example/repo-0\">Code</a> · <a href=\"https://example.org/project-0\">Project page</a>", first);
        Assert.Contains("0 upvotes", first);
    }

    [Fact]
    public void The_day_source_keeps_the_rows_as_markdown()
    {
        var md = site.Read($"days/{ReaderArchive.BigDay}/index.md");
        Assert.Contains("## [Attention Is Still All You Need", md);
        Assert.Contains(" et al. · [arXiv](<https://arxiv.org/abs/2503.10001>) · [PDF](<https://arxiv.org/pdf/2503.10001>) · 37 upvotes · 1 comment", md);
        Assert.DoesNotContain("<li", md);
    }

    [Fact]
    public void A_day_page_links_the_neighbouring_days_at_the_top_and_the_bottom()
    {
        var day = site.Read($"days/{ReaderArchive.BigDay}/index.html");
        var top = day.IndexOf("aria-label=\"Neighbouring days\"", StringComparison.Ordinal);
        var firstRow = day.IndexOf("<li class=\"paper-row\">", StringComparison.Ordinal);
        var bottom = day.IndexOf("aria-label=\"Neighbouring days (end of page)\"", StringComparison.Ordinal);
        Assert.True(top > 0 && top < firstRow && firstRow < bottom, "pager before the rows and after them");
        Assert.Equal(2, Regex.Matches(day, "href=\"/sub/path/days/2025-02-27/\">← Feb 27, 2025</a>").Count);
        Assert.Equal(2, Regex.Matches(day, "href=\"/sub/path/days/2025-03-12/\">Mar 12, 2025 →</a>").Count);
    }

    [Fact]
    public void Home_shows_the_newest_day_with_papers_and_the_weeks_top_papers()
    {
        var home = site.Read("index.html");
        Assert.DoesNotContain("No papers trended on this day", home);
        Assert.Contains("Latest: <a href=\"/sub/path/days/2025-03-10/\">Mar 10, 2025</a>", home);
        var top = home.IndexOf("Top papers of the week", StringComparison.Ordinal);
        Assert.True(top > 0);
        // Ranked by upvotes, highest first.
        var ranked = Regex.Matches(home[top..], "<h3 class=\"row-title\"><a href=\"[^\"]+\">([^<]+)</a>").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(10, ranked.Count);
        var upvotes = Regex.Matches(home[top..], "<span class=\"row-stat\">(\\d+) upvotes?</span>").Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(upvotes.OrderDescending(), upvotes);
        Assert.Equal(Enumerable.Range(0, 50).Select(i => i * 37 % 211).Max(), upvotes[0]);
    }

    [Fact]
    public void A_paper_page_puts_its_metadata_above_the_abstract()
    {
        var page = site.Read("papers/" + Slug("Attention Is Still All You Need") + "/index.html");
        var metadata = page.IndexOf("<dt>Authors</dt>", StringComparison.Ordinal);
        var abstractHeading = page.IndexOf(">Abstract</h2>", StringComparison.Ordinal);
        Assert.True(metadata > 0 && metadata < abstractHeading, "authors before the abstract");
        Assert.Contains("<a href=\"https://arxiv.org/abs/2503.10001\">2503.10001</a> · <a href=\"https://arxiv.org/pdf/2503.10001\">PDF</a> · <a href=\"https://arxiv.org/html/2503.10001\">HTML</a>", page);
        Assert.Contains("<a href=\"https://huggingface.co/papers/2503.10001\">Paper page</a>", page);
        Assert.Contains("<dt>Upvotes</dt>\n<dd>37</dd>", page);
        Assert.Contains("<dt>Comments</dt>\n<dd>1</dd>", page);
        Assert.Contains("<dt>Published</dt>\n<dd>Mar 7, 2025</dd>", page);
    }

    [Fact]
    public void A_paper_page_shows_code_with_stars_and_the_ai_summary_marked_as_such()
    {
        var page = site.Read("papers/" + Slug("Scaling Laws of Mixture-of-Experts Transformers (2)") + "/index.html");
        Assert.Contains("<dt>Code</dt>\n<dd><a href=\"https://github.com/example/repo-12\">github.com/example/repo-12</a> · 1,476 stars</dd>", page);
        var summary = page.IndexOf(">AI summary</h2>", StringComparison.Ordinal);
        Assert.True(summary > page.IndexOf(">Abstract</h2>", StringComparison.Ordinal));
        Assert.Contains("<em>Written by a machine (from the Hugging Face data), not by the authors.</em>", page[summary..]);
        Assert.Contains("matches larger models on standard benchmarks.", page[summary..]);
        // Paper 1 has no AI summary: no section.
        Assert.DoesNotContain("AI summary", site.Read("papers/" + Slug("Attention Is Still All You Need") + "/index.html"));
    }

    [Fact]
    public void A_paper_page_has_a_bibtex_entry_in_arxivs_misc_form_and_citation_meta_tags()
    {
        var page = site.Read("papers/" + Slug("Attention Is Still All You Need") + "/index.html");
        var bibtex = Regex.Match(page, "<pre><code class=\"language-bibtex\">(.*?)</code></pre>", RegexOptions.Singleline).Groups[1].Value;
        Assert.StartsWith("@misc{", bibtex);
        Assert.Contains("      eprint={2503.10001},\n      archivePrefix={arXiv},\n      url={https://arxiv.org/abs/2503.10001},\n}", bibtex);
        Assert.Contains("      year={2025},\n", bibtex);
        Assert.Matches("author=\\{[^}]+ and [^}]+\\}", bibtex);

        Assert.Contains("<meta name=\"citation_title\" content=\"Attention Is Still All You Need", page);
        Assert.Equal(8, Regex.Matches(page, "<meta name=\"citation_author\" content=\"[^\"]+\">").Count);
        Assert.Contains("<meta name=\"citation_publication_date\" content=\"2025/03/07\">", page);
        Assert.Contains("<meta name=\"citation_arxiv_id\" content=\"2503.10001\">", page);
        Assert.Contains("<meta name=\"citation_pdf_url\" content=\"https://arxiv.org/pdf/2503.10001\">", page);
        Assert.Contains("<meta property=\"og:image\" content=\"https://cdn-thumbnails.huggingface.co/social-thumbnails/papers/2503.10001.png\">", page);
    }

    [Fact]
    public void Pages_without_a_thumbnail_share_the_themes_social_image_and_every_page_has_a_favicon_and_a_subscribe_link()
    {
        var page = site.Read("archive/index.html");
        Assert.Contains("<meta property=\"og:image\" content=\"https://example.org/sub/path/assets/social.png\">", page);
        Assert.Contains("<link rel=\"icon\" href=\"/sub/path/favicon.ico\"", page);
        Assert.True(File.Exists(Path.Combine(site.Site, "favicon.ico")));
        Assert.True(File.Exists(Path.Combine(site.Site, "assets", "social.png")));
        // Every page of every kind: the favicon under the base path and a visible Subscribe link to the page's own feed
        // when it has one (a topic's, a week's, a month's, an author's), else the site's.
        var pages = Directory.GetFiles(site.Site, "*.html", SearchOption.AllDirectories);
        Assert.True(pages.Length > 100, $"{pages.Length} pages");
        foreach (var file in pages)
        {
            var html = File.ReadAllText(file);
            var path = Path.GetRelativePath(site.Site, file);
            Assert.True(html.Contains("<link rel=\"icon\" href=\"/sub/path/favicon.ico\"", StringComparison.Ordinal), $"{path} has no favicon link");
            var subscribe = Regex.Match(html, "<a href=\"(https://example\\.org/sub/path/[^\"]*feed\\.xml)\" class=\"subscribe\">Subscribe</a>");
            Assert.True(subscribe.Success, $"{path} has no Subscribe link to a feed of the site");
        }
        var author = Directory.GetDirectories(Path.Combine(site.Site, "authors")).First();
        Assert.Contains($"href=\"https://example.org/sub/path/authors/{Path.GetFileName(author)}/feed.xml\" class=\"subscribe\"", File.ReadAllText(Path.Combine(author, "index.html")));
        Assert.Contains("href=\"https://example.org/sub/path/weeks/2025-W11/feed.xml\" class=\"subscribe\"", site.Read("weeks/2025-W11/index.html"));
    }

    [Fact]
    public void Week_and_month_pages_list_their_papers_by_upvotes_then_days_trended_with_their_feeds()
    {
        // Mar 10, 2025 is in ISO week 11; the empty Mar 12 digest is in the same week; Feb 27 is in week 9.
        var week = site.Read("weeks/2025-W11/index.html");
        // The layout's encoder writes the range's thin spaces as character references.
        Assert.Contains("<h1>Top papers, week of Mar 10\u2009–\u200916, 2025</h1>", System.Net.WebUtility.HtmlDecode(week));
        // The top 30 in full, the other 20 one line each, numbered on from 31; upvotes descend across both.
        Assert.Equal(30, Regex.Matches(week, "<li class=\"paper-row\">").Count);
        var tail = Regex.Match(week, "<h2[^>]*>More papers this week</h2>\\s*<ol class=\"compact-list\" start=\"31\">(.*?)</ol>", RegexOptions.Singleline);
        Assert.True(tail.Success, "the week's tail of one-line rows");
        Assert.Equal(ReaderArchive.BigDayPapers - 30, Regex.Matches(tail.Value, "<li><a href=\"/sub/path/papers/[^\"]+/\">").Count);
        var upvotes = Regex.Matches(week, "<span class=\"row-stat\">(\\d+) upvotes?</span>").Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(ReaderArchive.BigDayPapers, upvotes.Count);
        Assert.Equal(upvotes.OrderDescending(), upvotes);
        Assert.Contains("- [", site.Read("weeks/2025-W11/index.md").Split("## More papers this week")[1]);
        Assert.Contains("href=\"/sub/path/weeks/2025-W09/\">← Week of Feb 24\u2009–\u2009Mar 2, 2025</a>", System.Net.WebUtility.HtmlDecode(week));
        Assert.Contains("<link rel=\"alternate\" type=\"application/rss+xml\" href=\"https://example.org/sub/path/weeks/2025-W11/feed.xml\"", week);

        var month = site.Read("months/2025-02/index.html");
        Assert.Contains("<h1>Top papers of February 2025</h1>", month);
        Assert.Equal(2, Regex.Matches(month, "<li class=\"paper-row\">").Count);
        Assert.Contains("href=\"/sub/path/months/2025-03/\">March 2025 →</a>", month);

        var feed = System.Xml.Linq.XDocument.Parse(site.Read("months/2025-03/feed.xml"));
        var items = feed.Descendants("item").Select(i => i.Element("title")!.Value).ToList();
        Assert.Equal(30, items.Count);
        Assert.Equal("Multimodal Agents for Web Navigation (2)", items[0]);
        Assert.True(File.Exists(Path.Combine(site.Site, "weeks", "2025-W09", "feed.xml")));
    }

    [Fact]
    public void The_archive_is_month_calendars_with_a_link_and_count_per_day_and_empty_days_plain()
    {
        var archive = site.Read("archive/index.html");
        Assert.Contains("<h3><a href=\"/sub/path/months/2025-03/\">March 2025</a> (50 papers)</h3>", archive);
        Assert.Contains("<td class=\"has-papers\"><a href=\"/sub/path/days/2025-03-10/\"><span class=\"cal-day\">10</span> <span class=\"cal-count\">50<span class=\"visually-hidden\"> papers</span></span></a></td>", archive);
        // Mar 12 has a digest with no papers, Mar 13 none at all: both plain.
        Assert.Contains("<td>12</td><td>13</td>", archive);
        Assert.Contains("<th scope=\"row\"><a href=\"/sub/path/weeks/2025-W11/\">W11</a></th>", archive);
        Assert.Contains("<th scope=\"row\">W10</th>", archive);
        // The source keeps the plain list of days.
        Assert.Contains("- [Mar 10, 2025](</sub/path/days/2025-03-10/>) — 50 papers", site.Read("archive/index.md"));
    }

    private string Slug(string titleStart) =>
        Path.GetFileName(Directory.GetDirectories(Path.Combine(site.Site, "papers"))
            .Single(d => File.ReadAllText(Path.Combine(d, "index.html")).Contains("<h1>" + titleStart, StringComparison.Ordinal)));

}
