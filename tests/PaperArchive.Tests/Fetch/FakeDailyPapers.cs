using System.Collections.Concurrent;
using System.Globalization;
using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace PaperArchive.Tests.Fetch;

/// <summary>What the stand-in API does to one request instead of answering it properly.</summary>
public enum Fault
{
    /// <summary>429 with <c>Retry-After: 1</c>.</summary>
    TooManyRequests,
    /// <summary>429 with <c>RateLimit: "api";r=0;t=1</c> and no Retry-After (the Hub's way).</summary>
    TooManyRequestsRateLimitHeader,
    /// <summary>429 asking to wait an hour.</summary>
    TooManyRequestsForAnHour,
    ServiceUnavailable,
    /// <summary>Never answers (until the client gives up).</summary>
    Hang,
    /// <summary>Promises the whole body (Content-Length), sends half of it and drops the connection.</summary>
    TruncatedConnection,
    /// <summary>A proper HTTP answer whose JSON stops half way.</summary>
    TruncatedJson,
    /// <summary>An HTML error page with status 200.</summary>
    Html200,
    /// <summary>An object (<c>{"error": …}</c>) instead of the array.</summary>
    ObjectInsteadOfArray,
}

/// <summary>One request the stand-in API received.</summary>
public sealed record ReceivedRequest(string PathAndQuery, string? UserAgent, string? AcceptEncoding, bool Compressed, TimeSpan At);

/// <summary>
/// A stand-in for the Hugging Face API on Kestrel (loopback, any free port): <c>/api/daily_papers?date=&amp;limit=&amp;p=</c>
/// and <c>/api/papers/search?q=</c>, answered from made-up papers in the API's real shape, with scripted faults.
/// </summary>
public sealed class FakeDailyPapers : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly System.Diagnostics.Stopwatch clock = System.Diagnostics.Stopwatch.StartNew();
    private readonly ConcurrentQueue<ReceivedRequest> requests = new();

    private FakeDailyPapers(WebApplication app) => this.app = app;

    public Uri Url { get; private set; } = new("http://127.0.0.1/");

    /// <summary>Each day's items as JSON text (a missing day answers []).</summary>
    public ConcurrentDictionary<DateOnly, List<string>> Days { get; } = new();

    /// <summary>Search answers by exact query (a missing query answers []).</summary>
    public ConcurrentDictionary<string, string> Searches { get; } = new(StringComparer.Ordinal);

    /// <summary>Faults played, in order, on the next requests for a day (or for "search").</summary>
    public ConcurrentDictionary<string, ConcurrentQueue<Fault>> Faults { get; } = new(StringComparer.Ordinal);

    /// <summary>When set, every answer carries <c>RateLimit: "api";r=0;t=N</c> (quota spent; reset in N s).</summary>
    public int? ExhaustedQuotaResetSeconds { get; set; }

    /// <summary>Items a page holds at most, whatever <c>limit</c> asks (the real API caps it too).</summary>
    public int MaxPageSize { get; set; } = 100;

    public IReadOnlyList<ReceivedRequest> Requests => [.. requests];

    public void Play(DateOnly day, params Fault[] faults) => Play(Key(day), faults);

    public void Play(string key, params Fault[] faults)
    {
        var queue = Faults.GetOrAdd(key, _ => new ConcurrentQueue<Fault>());
        foreach (var fault in faults) queue.Enqueue(fault);
    }

    public static async Task<FakeDailyPapers> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [] });
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var server = new FakeDailyPapers(app);
        app.Run(server.HandleAsync);
        await app.StartAsync();
        var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        server.Url = new Uri(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{address.Port}/"));
        return server;
    }

    private async Task HandleAsync(HttpContext http)
    {
        var request = http.Request;
        var acceptEncoding = request.Headers.AcceptEncoding.ToString();
        var compress = acceptEncoding.Contains("gzip", StringComparison.OrdinalIgnoreCase);
        requests.Enqueue(new ReceivedRequest(request.Path + request.QueryString, request.Headers.UserAgent.ToString(), acceptEncoding, compress, clock.Elapsed));

        string body;
        string key;
        if (request.Path == "/api/daily_papers" && DateOnly.TryParseExact(request.Query["date"].ToString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            key = Key(day);
            var limit = int.TryParse(request.Query["limit"], CultureInfo.InvariantCulture, out var l) ? Math.Min(l, MaxPageSize) : 50;
            var page = int.TryParse(request.Query["p"], CultureInfo.InvariantCulture, out var p) ? p : 0;
            var items = Days.TryGetValue(day, out var all) ? all.Skip(page * limit).Take(limit) : [];
            body = "[" + string.Join(",", items) + "]";
        }
        else if (request.Path == "/api/papers/search")
        {
            key = "search";
            body = Searches.TryGetValue(request.Query["q"].ToString(), out var answer) ? answer : "[]";
        }
        else
        {
            http.Response.StatusCode = 404;
            await http.Response.WriteAsync("{\"error\":\"Not Found\"}");
            return;
        }

        if (ExhaustedQuotaResetSeconds is { } reset) http.Response.Headers["RateLimit"] = $"\"api\";r=0;t={reset.ToString(CultureInfo.InvariantCulture)}";
        if (Faults.TryGetValue(key, out var queue) && queue.TryDequeue(out var fault))
        {
            await PlayAsync(http, fault, body);
            return;
        }
        await WriteAsync(http, 200, "application/json; charset=utf-8", Encoding.UTF8.GetBytes(body), compress);
    }

    private static async Task PlayAsync(HttpContext http, Fault fault, string body)
    {
        switch (fault)
        {
            case Fault.TooManyRequests:
                http.Response.Headers.RetryAfter = "1";
                await WriteAsync(http, 429, "application/json", "{\"error\":\"rate limited\"}"u8.ToArray(), false);
                break;
            case Fault.TooManyRequestsRateLimitHeader:
                http.Response.Headers["RateLimit"] = "\"api\";r=0;t=1";
                http.Response.Headers["RateLimit-Policy"] = "\"fixed window\";\"api\";q=500;w=300";
                await WriteAsync(http, 429, "application/json", "{\"error\":\"rate limited\"}"u8.ToArray(), false);
                break;
            case Fault.TooManyRequestsForAnHour:
                http.Response.Headers.RetryAfter = "3600";
                await WriteAsync(http, 429, "application/json", "{\"error\":\"rate limited\"}"u8.ToArray(), false);
                break;
            case Fault.ServiceUnavailable:
                await WriteAsync(http, 503, "text/html", "<html><body>503 Service Unavailable</body></html>"u8.ToArray(), false);
                break;
            case Fault.Hang:
                try { await Task.Delay(TimeSpan.FromMinutes(2), http.RequestAborted); } catch (OperationCanceledException) { }
                break;
            case Fault.TruncatedConnection:
            {
                var bytes = Encoding.UTF8.GetBytes(body);
                http.Response.StatusCode = 200;
                http.Response.ContentType = "application/json";
                http.Response.ContentLength = bytes.Length;
                await http.Response.Body.WriteAsync(bytes.AsMemory(0, bytes.Length / 2));
                await http.Response.Body.FlushAsync();
                http.Abort();
                break;
            }
            case Fault.TruncatedJson:
            {
                var bytes = Encoding.UTF8.GetBytes(body);
                await WriteAsync(http, 200, "application/json", bytes[..(bytes.Length / 2)], false);
                break;
            }
            case Fault.Html200:
                await WriteAsync(http, 200, "text/html; charset=utf-8", "<!DOCTYPE html><html><head><title>Hugging Face – We'll be right back</title></head><body>Maintenance</body></html>"u8.ToArray(), false);
                break;
            case Fault.ObjectInsteadOfArray:
                await WriteAsync(http, 200, "application/json", "{\"error\":\"Invalid date\"}"u8.ToArray(), false);
                break;
        }
    }

    private static async Task WriteAsync(HttpContext http, int status, string contentType, byte[] bytes, bool compress)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = contentType;
        if (compress)
        {
            using var packed = new MemoryStream();
            using (var gzip = new GZipStream(packed, CompressionLevel.Fastest, leaveOpen: true)) gzip.Write(bytes);
            bytes = packed.ToArray();
            http.Response.Headers.ContentEncoding = "gzip";
        }
        http.Response.ContentLength = bytes.Length;
        await http.Response.Body.WriteAsync(bytes);
    }

    private static string Key(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}

/// <summary>Made-up papers in the daily-papers API's shape (fields as the API has them today, and as it had them before).</summary>
public static class FakePapers
{
    /// <summary>The <paramref name="index"/>th paper of <paramref name="day"/>: a stable, unique, made-up arXiv id and title.</summary>
    public static JsonObject Item(DateOnly day, int index, int authors = 3, bool modern = true, int upvotes = 10)
    {
        var id = string.Create(CultureInfo.InvariantCulture, $"{day.Year % 100:00}{day.Month:00}.{day.Day:00}{index:000}");
        var title = string.Create(CultureInfo.InvariantCulture, $"Synthetic Study {Key(day)} Number {index} of Imaginary Learning");
        var published = day.ToDateTime(new TimeOnly(1, 30), DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
        var authorList = new JsonArray();
        for (var a = 0; a < authors; a++)
            authorList.Add(new JsonObject { ["_id"] = string.Create(CultureInfo.InvariantCulture, $"a{index}x{a}"), ["name"] = string.Create(CultureInfo.InvariantCulture, $"Author {a} of Paper {index}"), ["hidden"] = false });
        var paper = new JsonObject
        {
            ["id"] = id,
            ["authors"] = authorList,
            ["publishedAt"] = day.AddDays(-2).ToDateTime(new TimeOnly(17, 59, 30), DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
            ["title"] = title.Replace(" Number", "\n  Number", StringComparison.Ordinal),
            ["summary"] = $"We imagine a method for day {Key(day)}, paper {index}.\nIt is made up for testing and\nwraps like arXiv abstracts do.",
            ["upvotes"] = upvotes,
            ["discussionId"] = "d" + id,
        };
        var item = new JsonObject
        {
            ["paper"] = paper,
            ["publishedAt"] = published,
            ["title"] = title,
            ["thumbnail"] = $"https://cdn.example.org/thumbnails/{id}.png",
            ["numComments"] = index % 4,
            ["submittedBy"] = new JsonObject { ["name"] = "someone", ["fullname"] = "Some One", ["type"] = "user" },
        };
        if (modern)
        {
            paper["githubRepo"] = $"https://github.com/example/repo-{id}";
            paper["githubStars"] = 100 + index;
            paper["projectPage"] = $"https://example.org/projects/{id}";
            paper["ai_summary"] = $"A made-up summary of paper {index}.";
            paper["ai_keywords"] = new JsonArray("imaginary learning", "synthetic data");
            item["mediaUrls"] = new JsonArray($"https://cdn.example.org/media/{id}.png");
            item["isAuthorParticipating"] = false;
        }
        return item;
    }

    public static List<string> Day(DateOnly day, int count, int upvotes = 10) =>
        [.. Enumerable.Range(0, count).Select(i => Item(day, i, upvotes: upvotes).ToJsonString())];

    private static string Key(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
