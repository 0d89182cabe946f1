using System.Diagnostics;
using System.Text.Json;
using PaperArchive.Digests;
using PaperArchive.Tests.Support;

namespace PaperArchive.Tests.Fetch;

/// <summary><c>paperarchive fetch</c> run as a child process, where users and the workflow run it, against the stand-in API.</summary>
// Runs the CLI as a child process: the slow tier (see README).
[Trait("Category", "Slow")]
public sealed class FetchCliTests : IAsyncLifetime
{
    private readonly TempFolder temp = new();
    private FakeDailyPapers api = null!;

    public async ValueTask InitializeAsync() => api = await FakeDailyPapers.StartAsync();

    public async ValueTask DisposeAsync()
    {
        await api.DisposeAsync();
        temp.Dispose();
    }

    private string Input => temp["input"];
    private string Digests => Path.Combine(Input, "digests");

    private ChildResult Fetch(params string[] arguments) =>
        Cli.Run(["fetch", "--input", Input, "--api", api.Url.AbsoluteUri, .. arguments], temp.Path, TimeSpan.FromMinutes(2));

    private void Serve(DateOnly first, int days, int papers)
    {
        for (var i = 0; i < days; i++)
        {
            var day = first.AddDays(i);
            // Every third day is a weekend-like empty day.
            if (i % 3 != 2) api.Days[day] = FakePapers.Day(day, papers);
        }
    }

    [Fact]
    public void A_backfill_stores_the_days_prints_a_summary_and_a_second_run_asks_nothing_again()
    {
        Serve(new DateOnly(2024, 1, 1), 9, 4);

        var first = Fetch("--since", "2024-01-01", "--until", "2024-01-09", "--rate", "0");
        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Equal(6, Directory.GetFiles(Digests, "*.json").Length);
        Assert.Matches(@"Days fetched \(new\)\s*│\s*6", first.StandardOutput);
        Assert.Matches(@"Days empty \(no papers\)\s*│\s*3", first.StandardOutput);
        Assert.Matches(@"Papers added\s*│\s*24", first.StandardOutput);
        Assert.Equal(9, api.Requests.Count);

        var second = Fetch("--since", "2024-01-01", "--until", "2024-01-09", "--rate", "0");
        Assert.True(second.ExitCode == 0, second.ToString());
        // Nothing is asked twice: stored days, and old days known to be empty, are not asked again.
        Assert.Equal(9, api.Requests.Count);
        Assert.Matches(@"Days already stored or known empty \(not asked\)\s*│\s*9", second.StandardOutput);

        // --refresh asks them all again.
        var refreshed = Fetch("--since", "2024-01-01", "--until", "2024-01-09", "--rate", "0", "--refresh");
        Assert.True(refreshed.ExitCode == 0, refreshed.ToString());
        Assert.Equal(18, api.Requests.Count);
    }

    [Fact]
    public void Without_dates_it_asks_yesterday_and_today_even_when_stored()
    {
        var before = DateOnly.FromDateTime(DateTime.UtcNow);
        Directory.CreateDirectory(Digests);
        foreach (var day in new[] { before.AddDays(-1), before }) api.Days[day] = FakePapers.Day(day, 2);
        Assert.Equal(0, Fetch("--rate", "0").ExitCode);
        var result = Fetch("--rate", "0");
        var after = DateOnly.FromDateTime(DateTime.UtcNow);
        Assert.True(result.ExitCode == 0, result.ToString());
        var asked = api.Requests.Select(r => r.PathAndQuery[23..33]).ToList();
        Assert.Equal(4, asked.Count);
        if (before == after)
            Assert.Equal([DayStoreName(before.AddDays(-1)), DayStoreName(before), DayStoreName(before.AddDays(-1)), DayStoreName(before)], asked);
        Assert.Matches(@"Days unchanged\s*│\s*2", result.StandardOutput);
    }

    private static string DayStoreName(DateOnly day) => PaperArchive.Fetch.DayStore.Name(day);

    [Fact]
    public void A_failed_day_exits_1_keeps_the_others_and_is_in_the_step_summary()
    {
        Serve(new DateOnly(2024, 1, 1), 2, 3);
        api.Play(new DateOnly(2024, 1, 1), Fault.Html200);
        var summary = temp["summary.md"];

        var result = Fetch("--since", "2024-01-01", "--until", "2024-01-02", "--rate", "0", "--summary-file", summary);

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("2024-01-01: the API answered with an HTML page", result.StandardOutput);
        Assert.False(File.Exists(Path.Combine(Digests, "2024-01-01.json")));
        Assert.True(File.Exists(Path.Combine(Digests, "2024-01-02.json")));
        var markdown = File.ReadAllText(summary);
        Assert.Contains("| Days failed | 1 |", markdown);
        Assert.Contains("| Papers added | 3 |", markdown);
        Assert.Contains("**2024-01-01** (failed)", markdown);
    }

    [Theory]
    [InlineData("--date", "2024-13-01")]
    [InlineData("--since", "yesterday")]
    [InlineData("--until", "2024-01-01")]
    [InlineData("--rate", "-1")]
    [InlineData("--rate", "fast")]
    [InlineData("--timeout", "0")]
    [InlineData("--bogus")]
    [InlineData("--api", "ftp://example.org")]
    [InlineData("--date", "2024-01-01", "--since", "2024-01-01")]
    [InlineData("--since", "2024-01-05", "--until", "2024-01-01")]
    public void Bad_arguments_exit_2_without_asking_anything(params string[] arguments)
    {
        var result = Fetch(arguments);
        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("error:", result.Output);
        Assert.Empty(api.Requests);
    }

    [Theory]
    [InlineData("INT", 130)]   // Ctrl+C
    [InlineData("TERM", 143)]  // a CI runner cancelling the job
    public async Task Ctrl_C_mid_backfill_leaves_only_whole_files_and_the_same_command_resumes(string signal, int expectedExit)
    {
        Serve(new DateOnly(2024, 1, 1), 6, 50);
        // The fourth day hangs, so the process is surely mid-request when interrupted.
        api.Play(new DateOnly(2024, 1, 4), Fault.Hang);
        using var process = Cli.Start(["fetch", "--input", Input, "--api", api.Url.AbsoluteUri, "--since", "2024-01-01", "--until", "2024-01-06", "--rate", "0", "--timeout", "60"], temp.Path);
        var waited = Stopwatch.StartNew();
        while (!api.Requests.Any(r => r.PathAndQuery.Contains("2024-01-04", StringComparison.Ordinal)) && waited.Elapsed < TimeSpan.FromSeconds(60)) await Task.Delay(50);
        Assert.True(waited.Elapsed < TimeSpan.FromSeconds(60), "the CLI never reached the fourth day");

        process.Signal(signal);
        var exit = await process.WaitForExitAsync(TimeSpan.FromSeconds(30));

        Assert.True(exit == expectedExit, $"exit {exit}\n{process.Output}");
        Assert.Contains("Interrupted", process.Output);
        // Whole days only: three stored digests, each readable; no temporary file left behind.
        var files = Directory.GetFiles(Digests, "*", SearchOption.AllDirectories).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["2024-01-01.json", "2024-01-02.json"], files);
        foreach (var file in Directory.GetFiles(Digests)) Assert.False(DigestReader.Read(file).Failed);

        var asked = api.Requests.Count;
        var resumed = Fetch("--since", "2024-01-01", "--until", "2024-01-06", "--rate", "0");
        Assert.True(resumed.ExitCode == 0, resumed.ToString());
        var again = api.Requests.Skip(asked).Select(r => r.PathAndQuery[23..33]).ToList();
        // Nothing is asked twice: not the stored days, nor the third, known to be empty.
        Assert.Equal(["2024-01-04", "2024-01-05", "2024-01-06"], again);
        Assert.Equal(4, Directory.GetFiles(Digests, "*.json").Length);
    }

    [Fact]
    public void Enrich_records_exact_title_matches_and_the_build_uses_them_offline()
    {
        Directory.CreateDirectory(Digests);
        File.WriteAllText(Path.Combine(Input, "archive.yml"), "title: Test\nbaseUrl: https://example.org/sub/\n");
        File.WriteAllText(Path.Combine(Digests, "2024-01-05.txt"), """
            Jan 5, 2024

            Synthetic Study of Imaginary Learning

            We imagine a method. It is made up for testing and has enough words to be an abstract.

            A Title Nobody Knows

            Another made-up abstract that is long enough to be read as one, with a period.

            Twice Published Title

            A third made-up abstract, also long enough to count as an abstract here.
            """);
        var found = FakePapers.Item(new DateOnly(2024, 1, 3), 7);
        found["title"] = "Synthetic Study of Imaginary  Learning";
        var near = FakePapers.Item(new DateOnly(2024, 1, 3), 8);
        near["title"] = "Synthetic Study of Imaginary Learning, Revisited";
        api.Searches["Synthetic Study of Imaginary Learning"] = $"[{near.ToJsonString()},{found.ToJsonString()}]";
        var twin1 = FakePapers.Item(new DateOnly(2024, 1, 3), 1);
        var twin2 = FakePapers.Item(new DateOnly(2024, 1, 4), 2);
        twin1["title"] = "Twice Published Title";
        twin2["title"] = "Twice Published Title";
        api.Searches["Twice Published Title"] = $"[{twin1.ToJsonString()},{twin2.ToJsonString()}]";

        var result = Fetch("--enrich", "--rate", "0");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Matches(@"Found \(exact title\)\s*│\s*1", result.StandardOutput);
        Assert.Contains("no match", result.StandardOutput);
        Assert.Contains("ambiguous", result.StandardOutput);
        Assert.Equal(3, api.Requests.Count);
        Assert.All(api.Requests, r => Assert.StartsWith("/api/papers/search?q=", r.PathAndQuery));

        using var enrichment = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(Input, "enrichment.json")));
        var papers = enrichment.RootElement.GetProperty("papers").EnumerateArray().ToList();
        Assert.Equal(3, papers.Count);
        Assert.Contains(papers, p => p.GetProperty("match").GetString() == "found" && p.GetProperty("arxiv").GetString() == "2401.03007");

        // Known titles are not asked again.
        Assert.Equal(0, Fetch("--enrich", "--rate", "0").ExitCode);
        Assert.Equal(3, api.Requests.Count);

        // The build reads the enrichment (no network): the paper has its arXiv id and authors; twice the same output.
        var build = Cli.Run(["build", "--input", Input, "--theme", RepoPaths.Theme, "--output", temp["out1"]], temp.Path, TimeSpan.FromMinutes(3));
        Assert.True(build.ExitCode == 0, build.ToString());
        var page = File.ReadAllText(Path.Combine(temp["out1"], "papers", "synthetic-study-of-imaginary-learning", "index.html"));
        Assert.Contains("arxiv.org/abs/2401.03007", page);
        Assert.Contains("Author 0 of Paper 7", page);
        var clean = Cli.Run(["build", "--clean", "--input", Input, "--theme", RepoPaths.Theme, "--output", temp["out2"]], temp.Path, TimeSpan.FromMinutes(3));
        Assert.True(clean.ExitCode == 0, clean.ToString());
        var one = TestArchives.Snapshot(temp["out1"]);
        var two = TestArchives.Snapshot(temp["out2"]);
        Assert.Equal(one.Keys, two.Keys);
        Assert.All(one, kv => Assert.True(kv.Value.AsSpan().SequenceEqual(two[kv.Key]), $"{kv.Key} differs"));
    }
}
