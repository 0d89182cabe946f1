using System.Text;
using PaperArchive.Checking;
using PaperArchive.Diagnostics;
using PaperArchive.Model;
using PaperArchive.Site;
using PaperArchive.Tests.Support;

namespace PaperArchive.Tests.Hostile;

/// <summary>
/// The hostile-input corpus: each bad digest goes through a whole build next to a good digest. Whatever it is,
/// the build never crashes, never writes outside the output, reports the problem with the file (and a line or
/// JSON path where there is one), and the good digest's papers are all built — unless --strict, which then
/// writes nothing at all.
/// </summary>
public class HostileInputCorpusTests
{
    /// <summary>What a hostile input must get: an error (the file is skipped), a warning (read, something dropped), or nothing.</summary>
    public enum Expect { Error, Warning, Clean }

    private const string Good = "2025-03-01.txt";
    private static readonly string GoodDigest = TestArchives.PlainDigest("Mar 1, 2025",
        ("A Good Paper About Graphs", "A good abstract that is long enough to be an abstract. It has two sentences."),
        ("Another Good Paper", "Another abstract, long enough to count as one. It also has sentences."));

    private static readonly string Long = new('x', 10 * 1024 * 1024);

    public static TheoryData<string, string, Expect> Corpus()
    {
        var data = new TheoryData<string, string, Expect>();
        void Add(string name, string file, object content, Expect expect, bool slow = false)
        {
            var row = new TheoryDataRow<string, string, Expect>(name, file + "\u0000" + (content is byte[] b ? "b64:" + Convert.ToBase64String(b) : (string)content), expect);
            data.Add(slow ? row.WithTrait("Category", "Slow") : row);
        }

        Add("empty file", "2025-03-02.txt", "", Expect.Error);
        Add("only whitespace", "2025-03-02.txt", "  \n\t\n", Expect.Error);
        Add("binary bytes", "2025-03-02.txt", new byte[] { 0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 1, 2, 3 }, Expect.Error);
        Add("invalid UTF-8", "2025-03-02.txt", Encoding.UTF8.GetBytes("Mar 2, 2025\n\nTitle\n\n").Concat(new byte[] { 0xC3, 0x28, 0xFF }).ToArray(), Expect.Error);
        Add("UTF-16 with BOM", "2025-03-02.txt", Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("Mar 2, 2025\n\nA UTF-16 Title\n\nAn abstract in UTF-16, long enough to be one. Yes it is.\n")).ToArray(), Expect.Clean);
        Add("10 MB abstract", "2025-03-02.txt", $"Mar 2, 2025\n\nA Paper With A Huge Abstract\n\nIt starts. {Long}.\n", Expect.Clean, slow: true);
        Add("contradictory date", "2025-03-02.txt", "Mar 9, 2025\n\nTitle Here\n\nAbstract text long enough. Two sentences.\n", Expect.Error);
        Add("no year anywhere", "march.txt", "Mar 2\n\nTitle Here\n\nAbstract text long enough. Two sentences.\n", Expect.Error);
        Add("year 9999", "9999-03-02.txt", "Mar 2, 9999\n\nTitle Here\n\nAbstract text long enough. Two sentences.\n", Expect.Error);
        Add("year 1989", "1989-03-02.txt", "Mar 2, 1989\n\nTitle Here\n\nAbstract text long enough. Two sentences.\n", Expect.Error);
        Add("impossible date", "2025-02-30.txt", "Feb 30, 2025\n\nTitle Here\n\nAbstract text long enough. Two sentences.\n", Expect.Error);
        Add("duplicate papers within a day", "2025-03-02.txt", TestArchives.PlainDigest("Mar 2, 2025",
            ("Same Title Twice", "First abstract, long enough to be one. Two sentences."),
            ("Same Title Twice", "Second abstract, long enough to be one. Two sentences.")), Expect.Warning);
        Add("title without abstract", "2025-03-02.txt", "Mar 2, 2025\n\nA Lonely Title\n\nAnother Title Right After\n\nIts abstract, long enough to be one. Two sentences.\n", Expect.Warning);
        Add("abstract without title", "2025-03-02.txt", "Mar 2, 2025\n\nAn abstract with no title before it, long enough to be one. It has two sentences. And a third.\n", Expect.Warning);
        Add("HTML injection in text", "2025-03-02.txt", TestArchives.PlainDigest("Mar 2, 2025",
            ("<script>alert(1)</script><img src=x onerror=alert(2)>", "<iframe src=javascript:alert(3)></iframe> &amp; \"quotes\" 'single'. More text here.")), Expect.Clean);
        Add("path traversal title", "2025-03-02.txt", TestArchives.PlainDigest("Mar 2, 2025",
            ("../../../../etc/passwd", "A title that tries to climb out of the site. It must not."),
            ("..\\..\\windows\\system32", "Backslashes too, long enough to be an abstract. Yes.")), Expect.Clean);
        Add("reserved device-name title", "2025-03-02.txt", TestArchives.PlainDigest("Mar 2, 2025",
            ("CON", "A title that is a Windows device name, long enough. Two sentences."),
            ("nul", "Another device name, long enough to be an abstract. Yes.")), Expect.Clean);
        Add("titles that slugify alike", "2025-03-02.txt", TestArchives.PlainDigest("Mar 2, 2025",
            ("Ω Attention", "One paper about attention, long enough. Two sentences."),
            ("中文 Attention", "Another paper about attention, long enough. Two sentences.")), Expect.Clean);
        Add("control characters", "2025-03-02.txt", "Mar 2, 2025\n\nTitle\u0007 With Bell\n\nAbstract\u001b[31m with escapes, long enough. Two sentences.\n", Expect.Warning);
        Add("markdown without front matter", "2025-03-02.md", "# Just a heading\n\nNo front matter.\n", Expect.Error);
        Add("markdown YAML bomb", "2025-03-02.md", "---\ndate: 2025-03-02\na: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\npapers: [*d, *d, *d, *d, *d, *d, *d, *d, *d]\n---\n", Expect.Error);
        Add("markdown papers as a string", "2025-03-02.md", "---\ndate: 2025-03-02\npapers: not a list\n---\n", Expect.Error);
        Add("markdown title as a list", "2025-03-02.md", "---\ndate: 2025-03-02\npapers:\n  - title: [a, b]\n    abstract: Long enough abstract. Two sentences.\n  - title: Kept Paper\n    abstract: Long enough abstract. Two sentences.\n---\n", Expect.Error);
        Add("markdown javascript: URL", "2025-03-02.md", "---\ndate: 2025-03-02\npapers:\n  - title: Linked Paper\n    abstract: Long enough abstract. Two sentences.\n    url: javascript:alert(1)\n---\n", Expect.Warning);
        Add("markdown invalid YAML", "2025-03-02.md", "---\ndate: 2025-03-02\npapers:\n  - title: [unclosed\n---\n", Expect.Error);
        Add("JSON not JSON", "2025-03-02.json", "{ this is not json", Expect.Error);
        Add("JSON deeply nested", "2025-03-02.json", new string('[', 10_000) + new string(']', 10_000), Expect.Error);
        Add("JSON wrong types", "2025-03-02.json", "[{\"paper\":{\"id\":42,\"title\":[\"x\"],\"summary\":{\"a\":1},\"authors\":\"nobody\"}}]", Expect.Error);
        Add("JSON object instead of array", "2025-03-02.json", "{\"paper\":{}}", Expect.Error);
        Add("JSON same arXiv id, two titles", "2025-03-02.json",
            "[{\"paper\":{\"id\":\"2501.00001\",\"title\":\"First Title\",\"summary\":\"Long enough abstract. Two sentences.\"}},"
            + "{\"paper\":{\"id\":\"2501.00001\",\"title\":\"Second Title\",\"summary\":\"Long enough abstract. Two sentences.\"}}]", Expect.Warning);
        Add("JSON where every item is broken", "2025-03-02.json", "[{\"paper\":{\"title\":[\"x\"]}},{\"title\":\"  \"}]", Expect.Error);
        Add("markdown where every paper is broken", "2025-03-02.md", "---\ndate: 2025-03-02\npapers:\n  - title: [a, b]\n  - abstract: No title. Two sentences.\n---\n", Expect.Error);
        Add("titles that differ only in symbols", "2025-03-02.txt", TestArchives.PlainDigest("Mar 2, 2025",
            ("C++ Models", "The first abstract, about C++. Two sentences."),
            ("C Models", "The second abstract, about C. Two sentences."),
            ("C# Models", "The third abstract, about C#. Two sentences.")), Expect.Clean);
        Add("JSON injection in every field", "2025-03-02.json",
            "[{\"paper\":{\"id\":\"2501.00002\",\"title\":\"<script>alert(1)</script>\",\"summary\":\"</script><b>x</b>. Two sentences.\","
            + "\"authors\":[{\"name\":\"<img src=x onerror=alert(1)>\"}],\"ai_keywords\":[\"<svg onload=alert(1)>\"],"
            + "\"githubRepo\":\"javascript:alert(1)\",\"projectPage\":\"data:text/html,<script>alert(1)</script>\"}}]", Expect.Warning);
        Add("unknown extension", "2025-03-02.docx", "whatever", Expect.Clean);   // not a digest file: ignored
        return data;
    }

    [Theory]
    [MemberData(nameof(Corpus))]
    public async Task A_hostile_digest_is_reported_and_never_costs_the_other_digests_their_papers(string name, string packed, Expect expect)
    {
        using var temp = new TempFolder();
        var (file, content) = Unpack(packed);
        var input = TestArchives.WriteInput(temp, new Dictionary<string, string> { [Good] = GoodDigest });
        var digests = Path.Combine(input, "digests");
        File.WriteAllBytes(Path.Combine(digests, file), content);

        var report = await SiteBuilder.BuildAsync(new BuildOptions(input, temp["site"], RepoPaths.Theme));

        Assert.True(report.Written, name);
        var mine = report.Diagnostics.Where(d => d.File.EndsWith(file, StringComparison.Ordinal)).ToList();
        switch (expect)
        {
            case Expect.Error:
                Assert.Contains(mine, d => d.Severity == Severity.Error);
                break;
            case Expect.Warning:
                Assert.Contains(mine, d => d.Severity == Severity.Warning);
                break;
            case Expect.Clean:
                Assert.DoesNotContain(mine, d => d.Severity == Severity.Error);
                break;
        }
        // Every message names its file; nothing reads as a stack trace.
        Assert.All(report.Diagnostics, d =>
        {
            Assert.False(string.IsNullOrEmpty(d.File));
            Assert.DoesNotContain("   at ", d.Message);
        });
        // The good digest's papers are all there.
        Assert.True(File.Exists(temp["site/papers/a-good-paper-about-graphs/index.html"]), name);
        Assert.True(File.Exists(temp["site/papers/another-good-paper/index.html"]), name);
        // Nothing was written outside the output (the temp folder holds only what the test made, the site and no leftovers).
        Assert.Equal(["input", "site"], TestArchives.Entries(temp.Path));
        // The site is valid whatever the input held, and check, the gate users put in CI, says so: no false alarms.
        var check = SiteChecker.Check(new CheckOptions(temp["site"], input));
        Assert.True(check.Passed, $"{name}: {string.Join("\n", check.Problems)}");
        // No page carries live markup from the input.
        foreach (var page in Directory.EnumerateFiles(temp["site"], "*.html", SearchOption.AllDirectories))
        {
            var html = File.ReadAllText(page);
            Assert.DoesNotContain("<script>alert", html);
            // The theme uses none of these elements: any of them would have come from a digest.
            Assert.DoesNotContain("<img", html);
            Assert.DoesNotContain("<iframe", html);
            Assert.DoesNotContain("<svg", html);
            Assert.DoesNotContain("href=\"javascript:", html);
            Assert.DoesNotContain("href=\"data:", html);
        }
    }

    [Fact]
    public async Task With_strict_a_broken_digest_stops_the_build_and_nothing_is_written()
    {
        using var temp = new TempFolder();
        var input = TestArchives.WriteInput(temp, new Dictionary<string, string> { [Good] = GoodDigest, ["2025-03-02.txt"] = "" });
        var report = await SiteBuilder.BuildAsync(new BuildOptions(input, temp["site"], RepoPaths.Theme) { Strict = true });
        Assert.False(report.Written);
        Assert.Contains(report.Diagnostics, d => d.Severity == Severity.Error && d.File.EndsWith("2025-03-02.txt", StringComparison.Ordinal));
        Assert.False(Directory.Exists(temp["site"]));
    }

    [Fact]
    public void The_corpus_has_at_least_thirty_inputs() => Assert.True(Corpus().Count() >= 30);

    private static (string File, byte[] Content) Unpack(string packed)
    {
        var split = packed.IndexOf('\u0000', StringComparison.Ordinal);
        var file = packed[..split];
        var content = packed[(split + 1)..];
        return (file, content.StartsWith("b64:", StringComparison.Ordinal) ? Convert.FromBase64String(content[4..]) : Encoding.UTF8.GetBytes(content));
    }
}
