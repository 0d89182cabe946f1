using System.Text;
using PaperArchive.Tests.Preview;
using PaperArchive.Tests.Support;

namespace PaperArchive.Tests.Hostile;

/// <summary>
/// Two <c>paperarchive serve</c> processes — one under a sub-path, one at the root — with traps planted in their
/// output folders after the first build: symbolic links out of the output, a FIFO, a repository's <c>.git</c>, and
/// secrets beside the output.
/// </summary>
public sealed class HostileServeFixture : IAsyncLifetime
{
    public const string Secret = "TOP-SECRET-BESIDE-THE-OUTPUT";
    public ServedSite SubPath { get; private set; } = null!;
    public ServedSite Root { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        var started = await Task.WhenAll(
            ServedSite.StartAsync("https://example.org/sub/path/"),
            ServedSite.StartAsync("https://example.org/"));
        (SubPath, Root) = (started[0], started[1]);
        foreach (var site in started) Plant(site);
    }

    private static void Plant(ServedSite site)
    {
        var outside = site["outside"];
        Directory.CreateDirectory(outside);
        File.WriteAllText(Path.Combine(outside, "secret.txt"), Secret);
        File.CreateSymbolicLink(Path.Combine(site.Output, "escape"), outside);
        File.CreateSymbolicLink(Path.Combine(site.Output, "escape.txt"), Path.Combine(outside, "secret.txt"));
        File.CreateSymbolicLink(Path.Combine(site.Output, "relative-escape.txt"), "../outside/secret.txt");
        File.CreateSymbolicLink(Path.Combine(site.Output, "inside.txt"), "robots.txt");
        // A link into the site through a link out of it and back: the real path is outside until the last step.
        File.CreateSymbolicLink(Path.Combine(outside, "back"), site.Output);
        File.CreateSymbolicLink(Path.Combine(site.Output, "loop"), "loop");
        Directory.CreateDirectory(Path.Combine(site.Output, ".git"));
        File.WriteAllText(Path.Combine(site.Output, ".git", "config"), "[remote \"origin\"]\n\turl = https://" + Secret + "@example.org/repo.git\n");
        var fifo = ChildProcess.Run("mkfifo", [Path.Combine(site.Output, "fifo.html")], site.Output, null, TimeSpan.FromSeconds(10));
        Assert.True(fifo.ExitCode == 0, fifo.ToString());
    }

    public ValueTask DisposeAsync()
    {
        SubPath?.Dispose();
        Root?.Dispose();
        return ValueTask.CompletedTask;
    }
}

/// <summary>
/// The hostile corpus, <c>serve</c> part: requests an attacker (or a web page doing DNS rebinding) can send to the
/// preview, sent byte for byte over a socket to the real CLI. Whatever the spelling, a request gets a file inside
/// the output folder or 404; a Host that is not the preview's gets 403; a redirect never leaves the site.
/// </summary>
public class HostileRequestCorpusTests(HostileServeFixture fixture) : IClassFixture<HostileServeFixture>
{
    /// <summary>What a hostile request must get.</summary>
    public enum Expect { NotFound, Refused, Forbidden, Served, Redirect }

    public static TheoryData<string, string, string, string?, Expect, string?> Corpus()
    {
        var data = new TheoryData<string, string, string, string?, Expect, string?>();
        // site: "sub" (base path /sub/path/) or "root" (base path /); host: null for the preview's own, "{port}" is its port.
        void Add(string name, string site, string target, Expect expect, string? host = "127.0.0.1:{port}", string? location = null) =>
            data.Add(name, site, target, host, expect, location);

        // Paths that try to leave the output folder.
        Add("doubled slash after the base path", "sub", "/sub/path//etc/passwd", Expect.NotFound);
        Add("doubled slash to /proc", "sub", "/sub/path//proc/self/environ", Expect.NotFound);
        Add("doubled slash at the root", "root", "//etc/passwd", Expect.NotFound);
        Add("doubled slash to /proc at the root", "root", "//proc/self/environ", Expect.NotFound);
        Add("tripled slash", "root", "///etc/passwd", Expect.NotFound);
        Add("rooted folder (existence oracle)", "sub", "/sub/path//etc", Expect.NotFound);
        Add("dot segments", "sub", "/sub/path/../../../../etc/passwd", Expect.NotFound);
        Add("encoded dot segments", "sub", "/sub/path/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd", Expect.NotFound);
        Add("encoded dot segments at the root", "root", "/%2e%2e/%2e%2e/%2e%2e/etc/passwd", Expect.NotFound);
        Add("encoded slashes", "sub", "/sub/path/..%2f..%2f..%2f..%2fetc%2fpasswd", Expect.NotFound);
        Add("encoded leading slash", "sub", "/sub/path/%2fetc%2fpasswd", Expect.NotFound);
        Add("encoded doubled slash at the root", "root", "/%2f%2fetc/passwd", Expect.NotFound);
        Add("encoded backslashes", "sub", "/sub/path/..%5c..%5c..%5c..%5cetc%5cpasswd", Expect.NotFound);
        Add("backslashes", "sub", "/sub/path/..\\..\\..\\..\\etc\\passwd", Expect.NotFound);
        Add("leading backslash", "sub", "/sub/path/\\etc\\passwd", Expect.NotFound);
        Add("drive letter", "sub", "/sub/path/C:/Windows/win.ini", Expect.NotFound);
        Add("encoded NUL", "sub", "/sub/path/index.html%00.txt", Expect.Refused);
        Add("raw NUL", "sub", "/sub/path/index.html\0", Expect.Refused);
        Add("control character", "sub", "/sub/path/index%01.html", Expect.NotFound);
        Add("over-long name", "sub", "/sub/path/" + new string('a', 300), Expect.NotFound);
        Add("over-long path", "sub", "/sub/path/" + string.Concat(Enumerable.Repeat("abc/", 1500)) + "index.html", Expect.Refused);
        // Traps inside the output.
        Add("symbolic link to a folder outside", "sub", "/sub/path/escape/secret.txt", Expect.NotFound);
        Add("symbolic link to a folder outside, as a folder", "sub", "/sub/path/escape", Expect.NotFound);
        Add("symbolic link to a file outside", "sub", "/sub/path/escape.txt", Expect.NotFound);
        Add("relative symbolic link out", "root", "/relative-escape.txt", Expect.NotFound);
        Add("out and back in through links: the file is the site's own", "sub", "/sub/path/escape/back/index.html", Expect.Served);
        Add("a link loop", "sub", "/sub/path/loop", Expect.NotFound);
        Add("a repository inside the output", "sub", "/sub/path/.git/config", Expect.NotFound);
        Add("a FIFO (must not hang)", "sub", "/sub/path/fifo.html", Expect.Served);
        Add("a symbolic link inside the output is served", "sub", "/sub/path/inside.txt", Expect.Served);
        // Redirects stay on the site.
        Add("open redirect at the root", "root", "//usr", Expect.NotFound);
        Add("open redirect at the root, with its slash", "root", "//usr/", Expect.NotFound);
        Add("open redirect through a backslash", "root", "/\\usr", Expect.NotFound);
        Add("open redirect through an encoded slash", "root", "/%2fusr", Expect.NotFound);
        Add("a folder redirects to its slash", "sub", "/sub/path/archive?x=1", Expect.Redirect, location: "/sub/path/archive/?x=1");
        Add("a folder at the root redirects to its slash", "root", "/archive?next=//evil.example/", Expect.Redirect, location: "/archive/?next=//evil.example/");
        Add("the base path without its slash", "sub", "/sub/path", Expect.Redirect, location: "/sub/path/");
        // Host names: DNS rebinding.
        Add("a foreign Host (DNS rebinding)", "sub", "/sub/path/", Expect.Forbidden, host: "evil.example:{port}");
        Add("a foreign Host without a port", "root", "/", Expect.Forbidden, host: "evil.example");
        Add("a name ending like the preview's", "sub", "/sub/path/", Expect.Forbidden, host: "127.0.0.1.evil.example:{port}");
        Add("the right address, another port", "sub", "/sub/path/", Expect.Forbidden, host: "127.0.0.1:1");
        Add("no Host at all (HTTP/1.0)", "sub", "/sub/path/", Expect.Forbidden, host: null);
        Add("live reload from a foreign Host", "sub", "/__paperarchive/livereload", Expect.Forbidden, host: "evil.example:{port}");
        Add("a foreign Host in absolute form", "sub", "http://evil.example:{port}/sub/path/", Expect.Forbidden, host: "evil.example:{port}");
        Add("localhost is the preview", "sub", "/sub/path/", Expect.Served, host: "localhost:{port}");
        Add("localhost in capitals is the preview", "sub", "/sub/path/", Expect.Served, host: "LOCALHOST:{port}");
        Add("[::1] is the preview", "root", "/", Expect.Served, host: "[::1]:{port}");
        return data;
    }

    [Theory]
    [MemberData(nameof(Corpus))]
    public async Task A_hostile_request_gets_a_file_of_the_site_or_nothing(string name, string site, string target, string? host, Expect expect, string? location)
    {
        Requires.Unix();
        var served = site == "sub" ? fixture.SubPath : fixture.Root;
        var port = served.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var response = await RawHttp.GetAsync(served.Port, target.Replace("{port}", port, StringComparison.Ordinal), host?.Replace("{port}", port, StringComparison.Ordinal),
            version: host is null ? "HTTP/1.0" : "HTTP/1.1");

        // Whatever it is: nothing from outside the output, no server error, no redirect off the site.
        Assert.DoesNotContain(HostileServeFixture.Secret, response.Body);
        Assert.DoesNotContain("root:x:0:0", response.Body);
        Assert.DoesNotContain("PATH=", response.Body);
        Assert.True(response.Status < 500, $"{name}: {response}");
        if (response.Location is { } redirect)
            Assert.True(redirect.StartsWith('/') && !redirect.StartsWith("//", StringComparison.Ordinal) && !redirect.StartsWith("/\\", StringComparison.Ordinal), $"{name}: {response}");

        switch (expect)
        {
            case Expect.NotFound:
                Assert.True(response.Status == 404, $"{name}: {response}");
                break;
            case Expect.Refused:
                // Kestrel refuses some requests itself (400, 414); the preview answers the rest with 404.
                Assert.True(response.Status is 400 or 404 or 414, $"{name}: {response}");
                break;
            case Expect.Forbidden:
                Assert.True(response.Status == 403, $"{name}: {response}");
                Assert.Contains("--host", response.Body);
                break;
            case Expect.Served:
                Assert.True(response.Status == 200, $"{name}: {response}");
                break;
            case Expect.Redirect:
                Assert.True(response.Status == 301, $"{name}: {response}");
                Assert.Equal(location, response.Location);
                break;
        }
    }

    [Fact]
    public async Task The_site_itself_is_still_served_with_its_404_page()
    {
        Requires.Unix();
        var home = await RawHttp.GetAsync(fixture.SubPath.Port, "/sub/path/", $"127.0.0.1:{fixture.SubPath.Port}");
        Assert.Equal(200, home.Status);
        Assert.Contains("A Paper About Graphs", home.Body);
        var missing = await RawHttp.GetAsync(fixture.SubPath.Port, "/sub/path//etc/passwd", $"127.0.0.1:{fixture.SubPath.Port}");
        Assert.Equal(404, missing.Status);
        Assert.Contains("Page not found", missing.Body);
    }

    [Fact]
    public void The_corpus_covers_every_case_of_the_issue() => Assert.True(Corpus().Count() >= 40);
}

/// <summary><c>serve --host</c>: the opt-in to other names, with its warning.</summary>
[Trait("Category", "Slow")]
public class ServeHostOptionTests
{
    [Fact]
    public async Task Listening_on_every_interface_warns_and_still_refuses_foreign_names()
    {
        Requires.Unix();
        using var site = await ServedSite.StartAsync("https://example.org/", options: ["--host", "0.0.0.0"]);
        Assert.Contains("not a web server for the public", site.Process.Output);
        var port = site.Port;
        // Any IP address is the preview (a rebinding page cannot send one as its name) ...
        Assert.Equal(200, (await RawHttp.GetAsync(port, "/", $"192.0.2.7:{port}")).Status);
        Assert.Equal(200, (await RawHttp.GetAsync(port, "/", $"localhost:{port}")).Status);
        // ... but a name that is not the machine's is not.
        Assert.Equal(403, (await RawHttp.GetAsync(port, "/", $"evil.example:{port}")).Status);
    }

    [Fact]
    public async Task The_default_binding_prints_no_warning()
    {
        Requires.Unix();
        using var site = await ServedSite.StartAsync("https://example.org/");
        Assert.DoesNotContain("warning", site.Process.Output, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("127.0.0.1", site.Url.Host);
    }
}
