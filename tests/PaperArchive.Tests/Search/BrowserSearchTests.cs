using System.Text.Json;
using PaperArchive.Site;
using PaperArchive.Tests.Support;

namespace PaperArchive.Tests.Search;

/// <summary>The built /search/ page in headless Chromium, served from 127.0.0.1 under a sub-path and at the root.</summary>
[Trait("Category", "Slow")]
public class BrowserSearchTests
{
    private static readonly object[] SampleScenarios =
    [
        new { query = "persistent homology", via = "type" },
        new { query = "hypernet", via = "type" },
        new { query = "the", via = "type" },
        new { query = "diffusi", via = "url" },
    ];

    [Fact]
    public async Task Typing_finds_the_sample_papers_under_a_sub_path()
    {
        Requires.Chromium();
        AssertSampleSearches(await BuildAndSearch("https://example.github.io/paper-archive/", "/paper-archive/"), "/paper-archive/");
    }

    [Fact]
    public async Task Typing_finds_the_sample_papers_at_the_site_root()
    {
        Requires.Chromium();
        AssertSampleSearches(await BuildAndSearch("https://example.org/", "/"), "/");
    }

    [Fact]
    public async Task Html_looking_titles_render_as_text()
    {
        Requires.Chromium();
        using var temp = new TempFolder();
        const string title = "<img src=x onerror=alert(1)> Attention <b>is</b> all you need";
        var input = TestArchives.WriteInput(temp, new Dictionary<string, string>
        {
            ["2025-01-02.txt"] = TestArchives.PlainDigest("Jan 2, 2025", (title, "Attention <script>alert(2)</script> mechanisms for sequence models.")),
        }, baseUrl: "https://example.org/");
        Assert.True((await TestArchives.BuildAsync(input, temp["site"])).Succeeded);
        var report = Search(temp, temp["site"], "/", new { query = "attention", via = "type" })[0];
        Assert.Equal(title, report.GetProperty("titles")[0].GetString());
        Assert.Equal(0, report.GetProperty("injected").GetInt32());
        Assert.Empty(report.GetProperty("errors").EnumerateArray());
    }

    [Fact]
    public async Task Accents_and_hyphenated_words_are_found_as_readers_type_them()
    {
        Requires.Chromium();
        using var temp = new TempFolder();
        var input = TestArchives.WriteInput(temp, new Dictionary<string, string>
        {
            ["2025-01-02.txt"] = TestArchives.PlainDigest("Jan 2, 2025",
                ("Schrödinger bridges align GPT-4o", "We study state-of-the-art alignment with ViT-L/14 features."),
                ("Bridges over rivers", "Civil engineering of bridges; nothing about language models or GPT.")),
        }, baseUrl: "https://example.org/");
        Assert.True((await TestArchives.BuildAsync(input, temp["site"])).Succeeded);
        var reports = Search(temp, temp["site"], "/",
            new { query = "schrodinger", via = "url" }, new { query = "gpt-4o", via = "url" }, new { query = "vit-l/14", via = "type" },
            new { query = "state-of-the-art", via = "url" }, new { query = "schröd", via = "type" },
            new { query = "rivrs", via = "url" }, new { query = "扩散模型", via = "type" });
        Assert.All(reports.Take(5), report =>
        {
            Assert.Equal("Schrödinger bridges align GPT-4o", report.GetProperty("titles")[0].GetString());
            Assert.Empty(report.GetProperty("errors").EnumerateArray());
        });
        // The whole word ranks the paper that has it first; its parts still find the other ("gpt").
        Assert.Equal(2, reports[1].GetProperty("titles").GetArrayLength());
        // No dead ends: a typo is retried within one letter and says what it shows; a script without spaces says why.
        Assert.Equal("No papers match “rivrs”. Showing results for “rivers”: 1 paper.", reports[5].GetProperty("status").GetString());
        Assert.Equal("Bridges over rivers", Assert.Single(reports[5].GetProperty("titles").EnumerateArray()).GetString());
        Assert.StartsWith("Search finds words written between spaces, so it cannot look up ‘扩散模型’", reports[6].GetProperty("status").GetString());
        Assert.Equal(0, reports[6].GetProperty("titles").GetArrayLength());
    }

    [Fact]
    public async Task A_quoted_phrase_finds_only_papers_with_its_words_side_by_side_and_says_so()
    {
        Requires.Chromium();
        using var temp = new TempFolder();
        var input = TestArchives.WriteInput(temp, new Dictionary<string, string>
        {
            ["2025-01-02.txt"] = TestArchives.PlainDigest("Jan 2, 2025",
                ("World model for robot control", "We plan with a learned world model."),
                ("Model world of robots", "The model sees the world it acts in."),
                ("World knowledge in language", "A world where each model differs.")),
        }, baseUrl: "https://example.org/");
        Assert.True((await TestArchives.BuildAsync(input, temp["site"])).Succeeded);
        var reports = Search(temp, temp["site"], "/",
            new { query = "\"world model\"", via = "type" }, new { query = "\"model world\" robots", via = "url" },
            new { query = "\"world model", via = "type" });

        Assert.Equal(["World model for robot control"], reports[0].GetProperty("titles").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal("Phrase search for “world model”: 1 paper match.", reports[0].GetProperty("status").GetString());
        Assert.Equal(["Model world of robots"], reports[1].GetProperty("titles").EnumerateArray().Select(t => t.GetString()));
        // An unmatched quote searches the words as plain words, and the status says nothing of a phrase.
        Assert.Equal(3, reports[2].GetProperty("titles").GetArrayLength());
        Assert.Equal("3 papers match.", reports[2].GetProperty("status").GetString());
        Assert.All(reports, report => Assert.Empty(report.GetProperty("errors").EnumerateArray()));
    }

    [Fact]
    public async Task A_result_row_names_three_authors_the_days_trended_upvotes_and_the_arxiv_link_and_the_page_has_one_search_box()
    {
        Requires.Chromium();
        using var temp = new TempFolder();
        const string paper = """
            ---
            date: {0}
            papers:
              - title: Spectral Bridges for Protein Folding
                abstract: We fold proteins with spectral bridges.
                authors: [Ada Lovelace, Alan Turing, Grace Hopper, Edsger Dijkstra]
                arxiv: 2503.01234
                upvotes: 42
                links:
                  Code: https://github.com/example/bridges
                  Project page: https://example.org/bridges
            ---
            """;
        var input = TestArchives.WriteInput(temp, new Dictionary<string, string>
        {
            ["2025-01-02.md"] = string.Format(System.Globalization.CultureInfo.InvariantCulture, paper, "2025-01-02"),
            ["2025-01-03.md"] = string.Format(System.Globalization.CultureInfo.InvariantCulture, paper, "2025-01-03"),
        }, baseUrl: "https://example.org/");
        Assert.True((await TestArchives.BuildAsync(input, temp["site"])).Succeeded);

        var report = Search(temp, temp["site"], "/", new { query = "turing", via = "url" })[0];

        Assert.Equal("Ada Lovelace, Alan Turing, Grace Hopper et al.", Assert.Single(report.GetProperty("authors").EnumerateArray()).GetString());
        Assert.Equal(["Turing"], report.GetProperty("marks").EnumerateArray().Select(m => m.GetString()));
        var meta = Assert.Single(report.GetProperty("metas").EnumerateArray()).GetString();
        Assert.StartsWith("Trending Jan 2\u2009–\u20093, 2025 (2 days) · 42 upvotes · ", meta);   // dates as the pages write them, then its topics
        Assert.EndsWith(" · arXiv · PDF · Code · Project page", meta);   // the links a row on the pages has
        Assert.Equal(["https://arxiv.org/abs/2503.01234", "https://arxiv.org/pdf/2503.01234", "https://github.com/example/bridges", "https://example.org/bridges"],
            report.GetProperty("arxiv").EnumerateArray().Select(a => a.GetString()));
        // One search box on the search page: its own, labelled; the header's box is on every other page.
        Assert.Equal(1, report.GetProperty("boxes").GetInt32());
        Assert.Contains("id=\"site-search\"", File.ReadAllText(Path.Combine(temp["site"], "index.html")));
        Assert.DoesNotContain("id=\"site-search\"", File.ReadAllText(Path.Combine(temp["site"], "search", "index.html")));
    }

    [Fact]
    public async Task Show_more_lists_the_next_results_until_all_are_shown()
    {
        Requires.Chromium();
        using var temp = new TempFolder();
        var papers = Enumerable.Range(1, 45)
            .Select(i => ($"Paper number {i.ToString(System.Globalization.CultureInfo.InvariantCulture)} on graphs", $"A study of attention, part {i.ToString(System.Globalization.CultureInfo.InvariantCulture)}."))
            .ToArray();
        var input = TestArchives.WriteInput(temp, new Dictionary<string, string> { ["2025-01-02.txt"] = TestArchives.PlainDigest("Jan 2, 2025", papers) },
            baseUrl: "https://example.org/sub/");
        Assert.True((await TestArchives.BuildAsync(input, temp["site"])).Succeeded);

        var first = Search(temp, temp["site"], "/sub/", new { query = "attention", via = "url" })[0];
        Assert.Equal("45 papers match.", first.GetProperty("status").GetString());
        Assert.Equal(20, first.GetProperty("titles").GetArrayLength());
        Assert.False(first.GetProperty("moreHidden").GetBoolean());

        var all = Search(temp, temp["site"], "/sub/", new { query = "attention", via = "url", more = 2 })[0];
        var titles = all.GetProperty("titles").EnumerateArray().Select(t => t.GetString()!).ToList();
        Assert.Equal(45, titles.Count);
        Assert.Equal(45, titles.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(first.GetProperty("titles").EnumerateArray().Select(t => t.GetString()), titles.Take(20));
        Assert.True(all.GetProperty("moreHidden").GetBoolean());
        Assert.Empty(all.GetProperty("errors").EnumerateArray());
    }

    /// <summary>
    /// A word in most papers, in Chromium: the page reads its head, loads impact blocks as the first page and "Show
    /// more" need them, and shows exactly the first 40 of one monolithic lunr index. The sample site gives the page and
    /// scripts; its search data is replaced by 3,000 papers cut small, so common words have several blocks.
    /// </summary>
    [Fact]
    public async Task A_common_word_shows_the_monolithic_ranking_while_its_impact_blocks_load()
    {
        Requires.Chromium();
        using var temp = new TempFolder();
        Assert.True((await SiteBuilder.BuildAsync(new BuildOptions(RepoPaths.Input, temp["site"], RepoPaths.Theme, "https://example.org/sub/"))).Succeeded);
        var archive = SyntheticPapers.Generate(3000);
        var options = new PaperArchive.Search.SearchOptions { ShardTargetBytes = 16 * 1024, CommonTermBytes = 32 * 1024, SingleShardBelowBytes = 0 };
        SearchTooling.WriteFiles(PaperArchive.Search.SearchFiles.Build(archive, new PaperArchive.Settings.SiteSettings { BaseUrl = "https://example.org/sub/" }, options), temp["site"]);
        // lunr.js's own ranking over one index of the same papers (search-sharded.js reports it beside the sharded one).
        File.WriteAllBytes(temp["monolithic.json"], PaperArchive.Lunr.LunrIndexWriter.ToUtf8Bytes(PaperArchive.Search.SearchFields.BuildIndex(archive)));
        var lunr = SearchTooling.RunJson("search-sharded.js", Path.Combine(temp["site"], "search"), temp["monolithic.json"], SearchTooling.WriteJson(temp, "queries.json", new[] { "method" }), "plain")[0];
        var expected = lunr.GetProperty("monolithic").EnumerateArray().Select(r => archive[r[0].GetString()!].Title).ToList();
        Assert.Equal(40, expected.Count);

        var report = Search(temp, temp["site"], "/sub/", new { query = "method", via = "url", more = 1 })[0];
        Assert.Equal($"{lunr.GetProperty("monolithicTotal").GetInt32().ToString("N0", System.Globalization.CultureInfo.InvariantCulture)} papers match.", report.GetProperty("status").GetString());
        Assert.Equal(expected, report.GetProperty("titles").EnumerateArray().Select(t => t.GetString()!));
        Assert.Empty(report.GetProperty("errors").EnumerateArray());
    }

    /// <summary>
    /// Filters and sort, as a reader uses them in one tab: a topic from the URL, a start month, sort by upvotes, words
    /// typed into the filtered browse, a reload, Back twice and Forward, then a month range with an empty query.
    /// </summary>
    [Fact]
    public async Task Filters_and_sort_live_in_the_url_survive_reload_and_back_and_browse_without_a_query()
    {
        Requires.Chromium();
        using var temp = new TempFolder();
        static string Digest(string date, params (string Title, string Abstract, int Upvotes)[] papers) =>
            $"---\ndate: {date}\npapers:\n" + string.Concat(papers.Select(p => $"  - title: {p.Title}\n    abstract: {p.Abstract}\n    upvotes: {p.Upvotes}\n")) + "---\n";
        var input = TestArchives.WriteInput(temp, new Dictionary<string, string>
        {
            ["2025-01-10.md"] = Digest("2025-01-10",
                ("Robot grasping with diffusion policies", "We train robot manipulation policies for grasping with diffusion models in robotics.", 5),
                ("Quantum error correction codes", "Quantum computing qubits and error correction with surface codes.", 30)),
            ["2025-02-12.md"] = Digest("2025-02-12",
                ("Legged robot locomotion", "Robotics locomotion for legged robot control with reinforcement learning.", 50),
                ("Quantum circuits for chemistry", "Quantum computing circuits simulate molecules and qubits.", 8)),
            ["2025-03-14.md"] = Digest("2025-03-14",
                ("Robot navigation in crowds", "Robotics navigation for mobile robot planning among people.", 20),
                ("Diffusion models for images", "Image generation with diffusion models and generative modelling.", 70)),
        }, baseUrl: "https://example.org/sub/");
        Assert.True((await TestArchives.BuildAsync(input, temp["site"])).Succeeded);
        object[] steps =
        [
            new { @goto = "?tag=robotics" },
            new { fill = new[] { "#search-from", "2025-02" } },
            new { select = new[] { "#search-sort", "upvotes" } },
            new { type = "robot" },
            new { reload = true },
            new { back = true },
            new { back = true },
            new { forward = true },
            new { @goto = "?from=2025-01&to=2025-02&sort=upvotes" },
        ];
        var path = SearchTooling.WriteJson(temp, "steps.json", steps);
        var reports = SearchTooling.RunJson("browser-filters.js", temp["site"], "/sub/", SystemChromium.Path!, path).EnumerateArray().ToList();
        string[] Titles(int step) => [.. reports[step].GetProperty("titles").EnumerateArray().Select(t => t.GetString()!)];
        string Url(int step) => reports[step].GetProperty("url").GetString()!;
        string Control(int step, string name) => reports[step].GetProperty("controls").GetProperty(name).GetString()!;
        Assert.All(reports, r => Assert.Empty(r.GetProperty("errors").EnumerateArray()));

        // A topic with no words: every paper of it, newest first.
        Assert.Equal("3 papers in “Robotics”.", reports[0].GetProperty("status").GetString());
        Assert.Equal(["Robot navigation in crowds", "Legged robot locomotion", "Robot grasping with diffusion policies"], Titles(0));
        Assert.Equal("robotics", Control(0, "tag"));
        // A month range, open at its end.
        Assert.Equal("?tag=robotics&from=2025-02", Url(1));
        Assert.Equal(["Robot navigation in crowds", "Legged robot locomotion"], Titles(1));
        // Most upvoted first (50 before 20).
        Assert.Equal("?tag=robotics&from=2025-02&sort=upvotes", Url(2));
        Assert.Equal(["Legged robot locomotion", "Robot navigation in crowds"], Titles(2));
        Assert.Contains(" · 50 upvotes", reports[2].GetProperty("metas")[0].GetString(), StringComparison.Ordinal);
        // Words typed into the filtered view keep the filter and sort.
        Assert.Equal("?q=robot&tag=robotics&from=2025-02&sort=upvotes", Url(3));
        Assert.Equal("2 papers match in “Robotics”, from 2025-02 on, most upvoted first.", reports[3].GetProperty("status").GetString());
        // A reload keeps all of it, controls included.
        Assert.Equal(Url(3), Url(4));
        Assert.Equal(Titles(3), Titles(4));
        Assert.Equal(("robot", "robotics", "2025-02", "upvotes"), (Control(4, "q"), Control(4, "tag"), Control(4, "from"), Control(4, "sort")));
        // Back: typing replaced its entry, so the sort change is undone first, then the month; Forward redoes the month.
        Assert.Equal("?tag=robotics&from=2025-02", Url(5));
        Assert.Equal(Titles(1), Titles(5));
        Assert.Equal(("", ""), (Control(5, "q"), Control(5, "sort")));
        Assert.Equal("?tag=robotics", Url(6));
        Assert.Equal(Titles(0), Titles(6));
        Assert.Equal("", Control(6, "from"));
        Assert.Equal("?tag=robotics&from=2025-02", Url(7));
        Assert.Equal(Titles(1), Titles(7));
        // An empty query over two months, by upvotes: every topic.
        Assert.Equal("4 papers from 2025-01 to 2025-02, most upvoted first.", reports[8].GetProperty("status").GetString());
        Assert.Equal(["Legged robot locomotion", "Quantum error correction codes", "Quantum circuits for chemistry", "Robot grasping with diffusion policies"], Titles(8));
    }

    private static async Task<IReadOnlyList<JsonElement>> BuildAndSearch(string baseUrl, string prefix)
    {
        using var temp = new TempFolder();
        var report = await SiteBuilder.BuildAsync(new BuildOptions(RepoPaths.Input, temp["site"], RepoPaths.Theme, baseUrl));
        Assert.True(report.Succeeded);
        return Search(temp, temp["site"], prefix, SampleScenarios);
    }

    private static IReadOnlyList<JsonElement> Search(TempFolder temp, string site, string prefix, params object[] scenarios)
    {
        var path = SearchTooling.WriteJson(temp, "scenarios.json", scenarios);
        return [.. SearchTooling.RunJson("browser-search.js", site, prefix, SystemChromium.Path!, path).EnumerateArray()];
    }

    private static void AssertSampleSearches(IReadOnlyList<JsonElement> reports, string prefix)
    {
        Assert.All(reports, r => Assert.Empty(r.GetProperty("errors").EnumerateArray()));
        var homology = reports[0];
        Assert.Equal(prefix + "search/?q=persistent+homology", homology.GetProperty("url").GetString());
        Assert.Equal("search-input", homology.GetProperty("focused").GetString());
        var titles = homology.GetProperty("titles").EnumerateArray().Select(t => t.GetString()!).ToList();
        Assert.Equal(3, titles.Count);
        Assert.All(titles, t => Assert.Contains("Multiparameter Persistent Homology", t));
        Assert.Contains("Persistent", homology.GetProperty("marks").EnumerateArray().Select(m => m.GetString()));
        Assert.All(homology.GetProperty("hrefs").EnumerateArray(), h => Assert.StartsWith(prefix + "papers/", h.GetString()));

        var hypernet = reports[1];
        Assert.Contains("Magnitude Invariant Parametrizations Improve Hypernetwork Learning", hypernet.GetProperty("titles").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal(prefix + "search/?q=hypernet", hypernet.GetProperty("url").GetString());

        var stopWord = reports[2];
        Assert.Contains("‘the’ is too common to search for", stopWord.GetProperty("status").GetString());
        Assert.Empty(stopWord.GetProperty("titles").EnumerateArray());

        var typedPrefix = reports[3];
        Assert.Contains(typedPrefix.GetProperty("marks").EnumerateArray(), m => m.GetString() == "diffusion");
    }
}
