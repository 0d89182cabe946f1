using System.Text.RegularExpressions;
using PaperArchive.Pipeline;
using PaperArchive.Site;
using PaperArchive.Tests.Support;

namespace PaperArchive.Tests.Site;

public class SiteBuildTests
{
    private static readonly (string, string)[] Hostile =
    [
        ("<script>alert('title')</script> & \"Quotes\" *not emphasis*", "An abstract with <b>bold</b> &amp; <script>alert(1)</script> and [a link](javascript:alert(1)). More text here to be long."),
        ("Plain Title", "Second abstract, long enough to count as one. It mentions 5 < 6 and x_i * y_i."),
    ];

    [Fact]
    public async Task Html_in_digest_text_is_shown_as_text_everywhere()
    {
        using var temp = new TempFolder();
        var input = TestArchives.WriteInput(temp, new Dictionary<string, string> { ["2025-03-11.txt"] = TestArchives.PlainDigest("Mar 11", Hostile) });
        var report = await TestArchives.BuildAsync(input, temp["site"]);
        Assert.True(report.Succeeded, string.Join("\n", report.Diagnostics));

        foreach (var file in Directory.EnumerateFiles(temp["site"], "*.html", SearchOption.AllDirectories))
        {
            var html = File.ReadAllText(file);
            Assert.DoesNotContain("<script>alert", html);
            Assert.DoesNotContain("<b>bold</b>", html);
            Assert.DoesNotContain("href=\"javascript:", html);
        }
        var paper = File.ReadAllText(Directory.EnumerateFiles(temp["site/papers"], "index.html", SearchOption.AllDirectories)
            .Single(f => f.Contains("script-alert", StringComparison.Ordinal)));
        Assert.Contains("&lt;script&gt;alert(&#x27;title&#x27;)&lt;/script&gt; &amp; &quot;Quotes&quot; *not emphasis*", paper);
        Assert.Contains("&lt;b&gt;bold&lt;/b&gt; &amp;amp; &lt;script&gt;", paper);
    }

    [Fact]
    public async Task Every_internal_link_is_under_the_base_path()
    {
        using var temp = new TempFolder();
        var input = TestArchives.WriteInput(temp, new Dictionary<string, string>
        {
            ["2025-03-11.txt"] = TestArchives.PlainDigest("Mar 11", Hostile),
            ["2025-03-12.txt"] = TestArchives.PlainDigest("Mar 12", ("Plain Title", "Again, long enough to be an abstract. Yes.")),
        }, baseUrl: "https://user.github.io/my-archive/");
        await TestArchives.BuildAsync(input, temp["site"]);

        var links = 0;
        foreach (var file in Directory.EnumerateFiles(temp["site"], "*.html", SearchOption.AllDirectories))
            foreach (Match m in Regex.Matches(File.ReadAllText(file), "(?:href|src|action)=\"([^\"]*)\""))
            {
                var url = m.Groups[1].Value;
                if (url.StartsWith("https://", StringComparison.Ordinal) && !url.StartsWith("https://user.github.io/", StringComparison.Ordinal)) continue;
                if (url.StartsWith('#')) continue;
                links++;
                Assert.True(url.StartsWith("/my-archive/", StringComparison.Ordinal) || url.StartsWith("https://user.github.io/my-archive/", StringComparison.Ordinal),
                    $"{file}: {url}");
                // And it resolves to a file of the site.
                var local = url.Replace("https://user.github.io", "", StringComparison.Ordinal)["/my-archive/".Length..].Split('?', '#')[0];
                var target = Path.Combine(temp["site"], local);
                Assert.True(File.Exists(target) || File.Exists(Path.Combine(target, "index.html")), $"{file}: {url} does not resolve");
            }
        Assert.True(links > 20);
    }

    [Fact]
    public async Task Two_builds_of_the_same_input_are_byte_identical()
    {
        using var temp = new TempFolder();
        await TestArchives.BuildAsync(RepoPaths.Input, temp["one"]);
        await TestArchives.BuildAsync(RepoPaths.Input, temp["two"]);
        var one = TestArchives.Snapshot(temp["one"]);
        var two = TestArchives.Snapshot(temp["two"]);
        Assert.Equal(one.Keys, two.Keys);
        Assert.All(one, kv => Assert.True(kv.Value.AsSpan().SequenceEqual(two[kv.Key]), kv.Key));
    }

    [Fact]
    public async Task A_build_that_fails_midway_leaves_the_previous_output_intact()
    {
        using var temp = new TempFolder();
        await TestArchives.BuildAsync(RepoPaths.Input, temp["site"]);
        var before = TestArchives.Snapshot(temp["site"]);

        // A theme whose paper layout fails while pages are being rendered.
        var theme = temp["broken-theme"];
        Directory.CreateDirectory(Path.Combine(theme, "layouts"));
        foreach (var file in Directory.GetFiles(Path.Combine(RepoPaths.Theme, "layouts")))
            File.Copy(file, Path.Combine(theme, "layouts", Path.GetFileName(file)));
        File.Delete(Path.Combine(theme, "layouts", "paper.liquid"));
        await Assert.ThrowsAnyAsync<Exception>(() => SiteBuilder.BuildAsync(new BuildOptions(RepoPaths.Input, temp["site"], theme)));

        var after = TestArchives.Snapshot(temp["site"]);
        Assert.Equal(before.Keys, after.Keys);
        Assert.All(before, kv => Assert.True(kv.Value.AsSpan().SequenceEqual(after[kv.Key]), kv.Key));
        Assert.Equal(["broken-theme", "site"], TestArchives.Entries(temp.Path));
    }

    [Fact]
    public void A_write_that_fails_midway_leaves_the_previous_output_intact_and_no_staging_behind()
    {
        using var temp = new TempFolder();
        SiteWriter.Write([Document.Create("index.html", "old")], temp["site"]);
        // "a" as a file and as a folder cannot both be written: the writer fails after writing some files.
        var clash = Enumerable.Range(0, 50).Select(i => Document.Create($"p{i}/index.html", "new")).Append(Document.Create("a", "file")).Append(Document.Create("a/b.html", "x"));
        Assert.ThrowsAny<Exception>(() => SiteWriter.Write([.. clash], temp["site"]));
        Assert.Equal("old", File.ReadAllText(temp["site/index.html"]));
        Assert.Equal(["site"], TestArchives.Entries(temp.Path));
    }

    [Theory]
    [InlineData("../escape.html")]
    [InlineData("/etc/passwd")]
    [InlineData("a/../../b")]
    [InlineData("C:/x")]
    public void The_writer_never_writes_outside_the_output(string path)
    {
        using var temp = new TempFolder();
        Assert.Throws<InvalidOperationException>(() => SiteWriter.Write([Document.Create(path, "x")], temp["site"]));
        Assert.Empty(TestArchives.Entries(temp.Path));
    }

    [Fact]
    public async Task Unchanged_files_keep_their_modification_time()
    {
        using var temp = new TempFolder();
        await TestArchives.BuildAsync(RepoPaths.Input, temp["site"]);
        var page = temp["site/archive/index.html"];
        var old = new DateTime(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(page, old);
        var report = await TestArchives.BuildAsync(RepoPaths.Input, temp["site"]);
        Assert.Equal(old, File.GetLastWriteTimeUtc(page));
        Assert.Equal(0, report.FilesWritten);
    }
}
