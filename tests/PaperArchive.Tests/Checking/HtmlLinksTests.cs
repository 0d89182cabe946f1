using PaperArchive.Checking;
using PaperArchive.Settings;

namespace PaperArchive.Tests.Checking;

public class HtmlLinksTests
{
    [Fact]
    public void Finds_href_src_and_action_in_any_quoting_and_decodes_entities()
    {
        const string html = """
            <head><link rel="stylesheet" href="/a.css"><script src='/b.js'></script></head>
            <body><a class=x href=/c/>c</a><img alt="" src="/d.png"><form action="/e/"></form><a href="/f?x=1&amp;y=2">f</a></body>
            """;
        Assert.Equal(["/a.css", "/b.js", "/c/", "/d.png", "/e/", "/f?x=1&y=2"], HtmlLinks.Extract(html));
    }

    [Fact]
    public void Ignores_comments_script_and_style_content_and_lookalike_attributes()
    {
        const string html = """
            <!-- <a href="/commented/">x</a> --><script>const s = '<a href="/in-script/">';</script>
            <style>a[href="/in-style/"] {}</style><a data-href="/data/" hreflang="en" href="/real/">x</a><p>href="/text/"</p>
            """;
        Assert.Equal(["/real/"], HtmlLinks.Extract(html));
    }

    [Fact]
    public void Link_syntax_inside_attribute_values_and_raw_text_elements_is_not_a_link()
    {
        const string html = """
            <meta content="Captions <img src=x> for images"><img alt='a src=y' title="href=/z/" src="/real.png">
            <title><a href="/in-title/"></title><textarea><img src="/in-textarea.png"></textarea><script/>var a = '<img src="/in-script.png">';</script>
            <noscript><a href="/no-js/">search without scripts</a></noscript>
            """;
        Assert.Equal(["/real.png", "/no-js/"], HtmlLinks.Extract(html));
    }

    [Theory]
    [InlineData("/sub/papers/x/", "index.html", SiteUrls.Kind.Resolved, "papers/x/index.html")]
    [InlineData("https://example.org/sub/papers/x/#abstract", "index.html", SiteUrls.Kind.Resolved, "papers/x/index.html")]
    [InlineData("../../papers/x/", "days/d/index.html", SiteUrls.Kind.Resolved, "papers/x/index.html")]
    [InlineData("/sub/papers/x", "index.html", SiteUrls.Kind.Resolved, "papers/x/index.html")]
    [InlineData("/sub/papers/y/", "index.html", SiteUrls.Kind.Broken, "papers/y/index.html")]
    [InlineData("/elsewhere/", "index.html", SiteUrls.Kind.Broken, "/elsewhere/")]
    [InlineData("https://example.org/elsewhere/", "index.html", SiteUrls.Kind.External, "")]
    [InlineData("https://arxiv.org/abs/1", "index.html", SiteUrls.Kind.External, "")]
    [InlineData("mailto:a@example.org", "index.html", SiteUrls.Kind.External, "")]
    [InlineData("#main", "index.html", SiteUrls.Kind.FragmentOnly, "")]
    public void Urls_resolve_to_site_files_under_the_base_path(string url, string page, SiteUrls.Kind kind, string target)
    {
        var urls = new SiteUrls(new SiteSettings { BaseUrl = "https://example.org/sub/" }, new HashSet<string>(StringComparer.Ordinal) { "index.html", "papers/x/index.html" });
        Assert.Equal(kind, urls.Resolve(url, page, out var resolved));
        if (kind is SiteUrls.Kind.Resolved or SiteUrls.Kind.Broken) Assert.Equal(target, resolved);
    }
}
