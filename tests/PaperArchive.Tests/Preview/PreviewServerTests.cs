using System.Net;
using PaperArchive.Preview;
using PaperArchive.Tests.Support;

namespace PaperArchive.Tests.Preview;

public class PreviewServerTests
{
    [Fact]
    public async Task An_edit_rebuilds_the_page_and_sends_a_reload_event()
    {
        await using var preview = await PreviewFixture.StartAsync();
        var (status, body, _) = await preview.GetAsync("");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("/sub/path/", preview.Server.SiteUrl.AbsolutePath);
        Assert.Contains("Paper 1 of day 3", body);

        using var events = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
        using var stream = await events.GetAsync(new Uri(preview.Server.SiteUrl, LiveReload.Endpoint), HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal("text/event-stream", stream.Content.Headers.ContentType?.MediaType);
        var reader = new StreamReader(await stream.Content.ReadAsStreamAsync());
        var reload = Task.Run(async () =>
        {
            while (await reader.ReadLineAsync() is { } line)
                if (line == "event: " + LiveReload.EventName) return true;
            return false;
        });

        File.WriteAllText(preview.Archive.DigestPath(3), TestArchives.PlainDigest("Mar 3", ("A renamed paper", "Its abstract, long enough to be one. It has sentences.")));

        Assert.True(await PreviewFixture.EventuallyAsync(async () => (await preview.GetAsync("")).Body.Contains("A renamed paper", StringComparison.Ordinal)),
            "the page did not change");
        Assert.True(await reload.WaitAsync(PreviewFixture.Patience), "no reload event");
    }

    [Fact]
    public async Task A_broken_edit_shows_the_error_in_the_browser_and_the_last_good_site_is_still_served()
    {
        await using var preview = await PreviewFixture.StartAsync();
        File.WriteAllText(Path.Combine(preview.Archive.Input, "archive.yml"), "title: [unclosed <b>\n");

        Assert.True(await PreviewFixture.EventuallyAsync(async () => (await preview.GetAsync("")).Body.Contains(LiveReload.OverlayId, StringComparison.Ordinal)),
            "no error overlay");
        var (status, body, _) = await preview.GetAsync("");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("archive.yml", body);
        Assert.Contains("&lt;b&gt;", LiveReload.Overlay(["digest.txt:3: error: <b>"]));
        Assert.Contains("Paper 1 of day 3", body);
        Assert.False(preview.Server.LastBuild.Succeeded);
    }

    [Fact]
    public async Task Paths_outside_the_base_path_are_not_found_with_a_link_to_it()
    {
        await using var preview = await PreviewFixture.StartAsync();
        var (status, body, _) = await preview.GetAsync("/papers/");
        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Contains("href=\"/sub/path/\"", body);
    }

    [Fact]
    public async Task Folders_redirect_to_their_slash_and_missing_pages_get_the_sites_404_page()
    {
        await using var preview = await PreviewFixture.StartAsync();
        using var redirect = await preview.Client.GetAsync("/sub/path/archive?x=1");
        Assert.Equal(HttpStatusCode.MovedPermanently, redirect.StatusCode);
        Assert.Equal("/sub/path/archive/?x=1", redirect.Headers.Location?.OriginalString);

        var (status, body, type) = await preview.GetAsync("/sub/path/no/such/page/");
        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Contains("Page not found", body);
        Assert.Equal("text/html; charset=utf-8", type);
    }

    [Theory]
    [InlineData("archive/index.md", "text/markdown; charset=utf-8")]
    [InlineData("archive/index.html", "text/html; charset=utf-8")]
    [InlineData("assets/style.css", "text/css; charset=utf-8")]
    public async Task Files_are_served_with_their_content_type(string path, string type)
    {
        await using var preview = await PreviewFixture.StartAsync();
        var (status, _, served) = await preview.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(type, served);
        Assert.Equal("application/json; charset=utf-8", ContentTypes.For("search/index.json"));
        Assert.Equal("application/xml; charset=utf-8", ContentTypes.For("sitemap.xml"));
    }

    [Fact]
    public async Task The_live_reload_script_is_in_served_pages_but_never_in_the_built_files()
    {
        await using var preview = await PreviewFixture.StartAsync();
        Assert.Contains(LiveReload.Endpoint, (await preview.GetAsync("")).Body);
        Assert.Contains(LiveReload.Endpoint, (await preview.GetAsync("archive/")).Body);
        foreach (var file in Directory.EnumerateFiles(preview.Archive.Site, "*", SearchOption.AllDirectories))
            Assert.DoesNotContain(LiveReload.Endpoint, File.ReadAllText(file));
        // And the preview is built for its own address, so links work in the browser.
        Assert.Contains(preview.Server.SiteUrl.AbsoluteUri, File.ReadAllText(Path.Combine(preview.Archive.Site, "index.html")));
    }
}
