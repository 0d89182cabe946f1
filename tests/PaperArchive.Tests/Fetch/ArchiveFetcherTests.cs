using System.Globalization;
using System.Text.Json;
using PaperArchive.Digests;
using PaperArchive.Fetch;
using PaperArchive.Tests.Support;

namespace PaperArchive.Tests.Fetch;

/// <summary>The fetcher against a real HTTP server (Kestrel, loopback) playing the API and its faults.</summary>
public sealed class ArchiveFetcherTests : IAsyncLifetime
{
    private static readonly DateOnly Day1 = new(2024, 10, 23);
    private static readonly DateOnly Day2 = new(2024, 10, 24);
    private static readonly DateOnly Day3 = new(2024, 10, 25);

    private readonly TempFolder temp = new();
    private FakeDailyPapers api = null!;

    public async ValueTask InitializeAsync() => api = await FakeDailyPapers.StartAsync();

    public async ValueTask DisposeAsync()
    {
        await api.DisposeAsync();
        temp.Dispose();
    }

    private string Input => temp["input"];
    private string DayFile(DateOnly day) => Path.Combine(Input, "digests", DayStore.Name(day) + ".json");

    /// <summary>Fast settings for tests: no pacing, short timeout and backoff.</summary>
    private FetchOptions Options => new()
    {
        Api = api.Url,
        RequestsPerSecond = 0,
        Timeout = TimeSpan.FromSeconds(1),
        Backoff = TimeSpan.FromMilliseconds(50),
        MaxBackoff = TimeSpan.FromMilliseconds(200),
        Retries = 3,
    };

    private Task<FetchReport> FetchAsync(FetchRequest request, FetchOptions? options = null) =>
        ArchiveFetcher.RunAsync(Input, request, options ?? Options);

    private static FetchRequest Days(params DateOnly[] days) => new([.. days]);

    [Fact]
    public async Task Each_non_empty_day_is_stored_as_the_items_received_and_an_empty_day_writes_nothing()
    {
        api.Days[Day1] = FakePapers.Day(Day1, 3);
        api.Days[Day3] = FakePapers.Day(Day3, 2);

        var report = await FetchAsync(FetchRequest.Between(Day1, Day3));

        Assert.Equal([DayStatus.Stored, DayStatus.Empty, DayStatus.Stored], report.Days.Select(d => d.Status));
        Assert.False(File.Exists(DayFile(Day2)));
        Assert.Equal(5, report.PapersAdded);
        // Every item as the API sent it: same JSON, every field kept (for later readers).
        using var stored = JsonDocument.Parse(File.ReadAllBytes(DayFile(Day1)));
        Assert.Equal(api.Days[Day1], stored.RootElement.EnumerateArray().Select(e => e.GetRawText()));
        var read = DigestReader.Read(DayFile(Day1));
        Assert.False(read.Failed, string.Join("\n", read.Diagnostics));
        Assert.Equal(3, read.Digest!.Entries.Length);
        Assert.DoesNotContain(Directory.EnumerateFiles(Path.Combine(Input, "digests")), f => f.EndsWith(".tmp", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Requests_name_PaperArchive_and_its_version_and_ask_for_gzip()
    {
        api.Days[Day1] = FakePapers.Day(Day1, 1);
        await FetchAsync(Days(Day1));
        var request = Assert.Single(api.Requests);
        Assert.Matches(@"^PaperArchive/\d+\.\d+", request.UserAgent);
        Assert.Contains("gzip", request.AcceptEncoding);
        Assert.True(request.Compressed);
        Assert.Equal("/api/daily_papers?date=2024-10-23&limit=100", request.PathAndQuery);
    }

    [Fact]
    public async Task A_day_longer_than_a_page_is_asked_page_by_page()
    {
        api.Days[Day1] = FakePapers.Day(Day1, 250);
        api.MaxPageSize = 100;
        var report = await FetchAsync(Days(Day1));
        Assert.Equal(250, report.Days[0].Papers);
        Assert.Equal(["/api/daily_papers?date=2024-10-23&limit=100", "/api/daily_papers?date=2024-10-23&limit=100&p=1", "/api/daily_papers?date=2024-10-23&limit=100&p=2"],
            api.Requests.Select(r => r.PathAndQuery));
        Assert.Equal(250, DigestReader.Read(DayFile(Day1)).Digest!.Entries.Length);
    }

    [Fact]
    public async Task A_server_that_caps_pages_below_the_limit_asked_still_gives_the_whole_day()
    {
        // The page is short of `limit`, which would end paging: the client asks no more than the server gives.
        api.Days[Day1] = FakePapers.Day(Day1, 30);
        api.MaxPageSize = 50;
        var report = await FetchAsync(Days(Day1), Options with { PageSize = 20 });
        Assert.Equal(30, report.Days[0].Papers);
        Assert.Equal(2, api.Requests.Count);
    }

    [Theory]
    [InlineData(Fault.TooManyRequests)]
    [InlineData(Fault.TooManyRequestsRateLimitHeader)]
    public async Task A_429_waits_as_long_as_the_server_says_then_goes_on(Fault fault)
    {
        api.Days[Day1] = FakePapers.Day(Day1, 2);
        api.Play(Day1, fault);
        var report = await FetchAsync(Days(Day1));
        Assert.Equal(DayStatus.Stored, report.Days[0].Status);
        var requests = api.Requests;
        Assert.Equal(2, requests.Count);
        // The server said 1 s; our own backoff would have been 50 ms (the margin is the server clock's jitter).
        Assert.True(requests[1].At - requests[0].At >= TimeSpan.FromMilliseconds(750), $"retried after {(requests[1].At - requests[0].At).TotalMilliseconds} ms");
    }

    [Fact]
    public async Task A_429_asking_for_longer_than_the_command_waits_fails_the_day_at_once()
    {
        api.Days[Day1] = FakePapers.Day(Day1, 2);
        api.Days[Day2] = FakePapers.Day(Day2, 2);
        api.Play(Day1, Fault.TooManyRequestsForAnHour);
        var report = await FetchAsync(Days(Day1, Day2));
        Assert.Equal(DayStatus.Failed, report.Days[0].Status);
        Assert.Contains("2024-10-23", report.Days[0].Message);
        Assert.Contains("3600 s", report.Days[0].Message);
        Assert.Equal(DayStatus.Stored, report.Days[1].Status);
        Assert.Equal(2, api.Requests.Count);
    }

    [Fact]
    public async Task A_503_then_success_is_retried()
    {
        api.Days[Day1] = FakePapers.Day(Day1, 2);
        api.Play(Day1, Fault.ServiceUnavailable, Fault.ServiceUnavailable);
        var retries = new List<string>();
        var report = await ArchiveFetcher.RunAsync(Input, Days(Day1), Options, onRetry: retries.Add);
        Assert.Equal(DayStatus.Stored, report.Days[0].Status);
        Assert.Equal(3, api.Requests.Count);
        Assert.Equal(2, retries.Count);
        Assert.Contains("503", retries[0]);
    }

    [Fact]
    public async Task A_hung_response_is_abandoned_at_the_timeout_and_retried()
    {
        api.Days[Day1] = FakePapers.Day(Day1, 2);
        api.Play(Day1, Fault.Hang);
        var report = await FetchAsync(Days(Day1), Options with { Timeout = TimeSpan.FromMilliseconds(500) });
        Assert.Equal(DayStatus.Stored, report.Days[0].Status);
        Assert.Equal(2, api.Requests.Count);
    }

    [Fact]
    public async Task A_day_that_never_answers_fails_and_the_other_days_are_kept()
    {
        api.Days[Day1] = FakePapers.Day(Day1, 2);
        api.Days[Day2] = FakePapers.Day(Day2, 2);
        api.Play(Day1, Fault.Hang, Fault.Hang, Fault.Hang);
        var report = await FetchAsync(Days(Day1, Day2), Options with { Timeout = TimeSpan.FromMilliseconds(300), Retries = 2 });
        Assert.Equal(DayStatus.Failed, report.Days[0].Status);
        Assert.Contains("2024-10-23: no answer within 0.3 s after 3 attempts", report.Days[0].Message);
        Assert.False(File.Exists(DayFile(Day1)));
        Assert.Equal(DayStatus.Stored, report.Days[1].Status);
        Assert.True(report.AnyFailed);
    }

    [Fact]
    public async Task A_connection_dropped_mid_body_is_retried()
    {
        api.Days[Day1] = FakePapers.Day(Day1, 5);
        api.Play(Day1, Fault.TruncatedConnection);
        var report = await FetchAsync(Days(Day1));
        Assert.Equal(DayStatus.Stored, report.Days[0].Status);
        Assert.Equal(5, DigestReader.Read(DayFile(Day1)).Digest!.Entries.Length);
    }

    [Theory]
    [InlineData(Fault.TruncatedJson, "not valid JSON")]
    [InlineData(Fault.Html200, "HTML page")]
    [InlineData(Fault.ObjectInsteadOfArray, "expected a JSON array")]
    public async Task An_answer_that_is_not_the_expected_json_fails_the_day_naming_it_and_keeps_nothing(Fault fault, string expected)
    {
        api.Days[Day1] = FakePapers.Day(Day1, 5);
        api.Play(Day1, fault);
        var report = await FetchAsync(Days(Day1));
        Assert.Equal(DayStatus.Failed, report.Days[0].Status);
        Assert.StartsWith("2024-10-23: ", report.Days[0].Message);
        Assert.Contains(expected, report.Days[0].Message);
        Assert.False(File.Exists(DayFile(Day1)));
        Assert.Single(api.Requests);
    }

    [Fact]
    public async Task A_broken_answer_on_refresh_leaves_the_stored_day_as_it_was()
    {
        api.Days[Day1] = FakePapers.Day(Day1, 3);
        await FetchAsync(Days(Day1));
        var before = File.ReadAllBytes(DayFile(Day1));
        api.Play(Day1, Fault.TruncatedJson);
        var report = await FetchAsync(Days(Day1) with { Refresh = true });
        Assert.Equal(DayStatus.Failed, report.Days[0].Status);
        Assert.Equal(before, File.ReadAllBytes(DayFile(Day1)));
    }

    [Fact]
    public async Task Stored_days_are_not_asked_again_so_a_backfill_resumes()
    {
        api.Days[Day1] = FakePapers.Day(Day1, 2);
        api.Days[Day2] = FakePapers.Day(Day2, 2);
        await FetchAsync(Days(Day1));
        Assert.Single(api.Requests);

        var report = await FetchAsync(Days(Day1, Day2, Day3));
        Assert.Equal([DayStatus.Skipped, DayStatus.Stored, DayStatus.Empty], report.Days.Select(d => d.Status));
        Assert.Equal(["2024-10-23", "2024-10-24", "2024-10-25"], api.Requests.Select(r => r.PathAndQuery[23..33]));

        // An old empty day is remembered; a recent one may still fill, so it is asked again.
        api.Days[Day3] = FakePapers.Day(Day3, 1);
        var again = await FetchAsync(Days(Day1, Day2, Day3));
        Assert.All(again.Days, d => Assert.Equal(DayStatus.Skipped, d.Status));
        Assert.Equal(3, api.Requests.Count);
        var recent = await FetchAsync(Days(Day3) with { Today = Day3.AddDays(1) });
        Assert.Equal(DayStatus.Skipped, recent.Days[0].Status);
        var refreshed = await FetchAsync(Days(Day3) with { Refresh = true });
        Assert.Equal(DayStatus.Stored, refreshed.Days[0].Status);
    }

    [Fact]
    public async Task Today_and_yesterday_when_empty_are_asked_again_next_time()
    {
        var today = new DateOnly(2024, 10, 25);
        await FetchAsync(FetchRequest.Recent(today));
        api.Days[today] = FakePapers.Day(today, 2);
        var report = await FetchAsync(FetchRequest.Recent(today));
        Assert.Equal([DayStatus.Empty, DayStatus.Stored], report.Days.Select(d => d.Status));
        Assert.Equal(4, api.Requests.Count);
    }

    [Fact]
    public async Task A_refresh_that_adds_papers_or_changes_counts_replaces_the_day()
    {
        api.Days[Day1] = FakePapers.Day(Day1, 2, upvotes: 5);
        await FetchAsync(Days(Day1));

        api.Days[Day1] = FakePapers.Day(Day1, 2, upvotes: 5);
        Assert.Equal(DayStatus.Unchanged, (await FetchAsync(Days(Day1) with { Refresh = true })).Days[0].Status);

        api.Days[Day1] = FakePapers.Day(Day1, 3, upvotes: 9);
        var report = await FetchAsync(Days(Day1) with { Refresh = true });
        Assert.Equal(DayStatus.Updated, report.Days[0].Status);
        Assert.Equal(1, report.Days[0].Added);
        var entries = DigestReader.Read(DayFile(Day1)).Digest!.Entries;
        Assert.Equal(3, entries.Length);
        Assert.All(entries, e => Assert.Equal(9, e.Upvotes));
    }

    [Fact]
    public async Task A_refresh_that_would_lose_a_paper_is_refused_without_force()
    {
        api.Days[Day1] = FakePapers.Day(Day1, 3);
        await FetchAsync(Days(Day1));
        var before = File.ReadAllBytes(DayFile(Day1));

        api.Days[Day1] = [.. FakePapers.Day(Day1, 3).Where((_, i) => i != 1)];
        var refused = await FetchAsync(Days(Day1) with { Refresh = true });
        Assert.Equal(DayStatus.Refused, refused.Days[0].Status);
        Assert.Contains("lacks 1 of the 3 papers", refused.Days[0].Message);
        Assert.Contains("2410.23001", refused.Days[0].Message);
        Assert.Equal(before, File.ReadAllBytes(DayFile(Day1)));
        Assert.True(refused.AnyFailed);

        var forced = await FetchAsync(Days(Day1) with { Refresh = true, Force = true });
        Assert.Equal(DayStatus.Updated, forced.Days[0].Status);
        Assert.Equal(2, DigestReader.Read(DayFile(Day1)).Digest!.Entries.Length);
    }

    [Fact]
    public async Task A_day_stored_as_text_counts_as_stored_and_a_refresh_keeps_its_papers()
    {
        Directory.CreateDirectory(Path.Combine(Input, "digests"));
        var items = FakePapers.Day(Day1, 2);
        var text = "Oct 23, 2024\n\n" + string.Join("\n\n", items.Select(i => JsonDocument.Parse(i).RootElement.GetProperty("title").GetString() + "\n\nAn abstract that is long enough to be one, as copied from the page."));
        File.WriteAllText(Path.Combine(Input, "digests", "2024-10-23-copied.txt"), text);
        api.Days[Day1] = items;

        Assert.Equal(DayStatus.Skipped, (await FetchAsync(Days(Day1))).Days[0].Status);
        Assert.Empty(api.Requests);

        var report = await FetchAsync(Days(Day1) with { Refresh = true });
        Assert.Equal(DayStatus.Updated, report.Days[0].Status);
        Assert.Equal(0, report.Days[0].Added);
        Assert.True(File.Exists(DayFile(Day1)));
        Assert.False(File.Exists(Path.Combine(Input, "digests", "2024-10-23-copied.txt")));
    }

    [Fact]
    public async Task The_default_rate_keeps_requests_a_second_apart_and_rate_changes_it()
    {
        foreach (var day in new[] { Day1, Day2, Day3 }) api.Days[day] = FakePapers.Day(day, 1);
        await FetchAsync(Days(Day1, Day2, Day3), Options with { RequestsPerSecond = 1 });
        // One request a day: waiting for one's turn (here as long as the 1 s timeout) is not a timed-out attempt.
        Assert.Equal(3, api.Requests.Count);
        var at = api.Requests.Select(r => r.At).ToList();
        // The client spaces its sends 1 s apart; the server's clock sees them through a loaded machine's
        // scheduling, so allow some of that jitter (without spacing they arrive milliseconds apart).
        Assert.All(at.Zip(at.Skip(1)), pair => Assert.True(pair.Second - pair.First >= TimeSpan.FromMilliseconds(750), $"{(pair.Second - pair.First).TotalMilliseconds} ms apart"));
    }

    [Fact]
    public async Task A_spent_quota_on_a_success_makes_the_next_request_wait_for_the_reset()
    {
        foreach (var day in new[] { Day1, Day2 }) api.Days[day] = FakePapers.Day(day, 1);
        api.ExhaustedQuotaResetSeconds = 1;
        await FetchAsync(Days(Day1, Day2));
        var at = api.Requests.Select(r => r.At).ToList();
        Assert.True(at[1] - at[0] >= TimeSpan.FromMilliseconds(750), $"{(at[1] - at[0]).TotalMilliseconds} ms apart");
    }

    [Fact]
    public async Task Cancelling_keeps_the_finished_days_whole_and_reports_the_interruption()
    {
        foreach (var day in new[] { Day1, Day2, Day3 }) api.Days[day] = FakePapers.Day(day, 2);
        api.Play(Day2, Fault.Hang);
        using var cancel = new CancellationTokenSource();
        var task = ArchiveFetcher.RunAsync(Input, Days(Day1, Day2, Day3), Options with { Timeout = TimeSpan.FromSeconds(30) }, cancellation: cancel.Token);
        while (api.Requests.Count < 2) await Task.Delay(20);
        await cancel.CancelAsync();
        var report = await task;
        Assert.True(report.Interrupted);
        Assert.Equal([DayStatus.Stored], report.Days.Select(d => d.Status));
        Assert.True(File.Exists(DayFile(Day1)));
        Assert.False(File.Exists(DayFile(Day2)));
        Assert.Single(Directory.EnumerateFiles(Path.Combine(Input, "digests"), "*", SearchOption.AllDirectories));
    }
}
