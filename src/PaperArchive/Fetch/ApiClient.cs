using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace PaperArchive.Fetch;

/// <summary>One answer of the API, read whole: its status, content type and body (already decompressed).</summary>
public sealed record ApiResponse(HttpStatusCode Status, string? ContentType, byte[] Body)
{
    /// <summary>What the server asked us to wait before asking again (Retry-After, RateLimit headers), if anything.</summary>
    public TimeSpan? ServerWait { get; init; }

    public bool Succeeded => (int)Status is >= 200 and < 300;
}

/// <summary>
/// The HTTP client of <c>fetch</c>: a timeout per attempt (the whole body included), retries with exponential
/// backoff and jitter on timeouts, connection errors, 5xx, 408 and 429 (429 and 503 wait what the server says:
/// Retry-After or its RateLimit headers), a minimum spacing between requests, a User-Agent naming PaperArchive,
/// gzip/brotli. Retries and timeouts are Polly's; see docs/daily-use.md for why the spacing is our own.
/// </summary>
public sealed class ApiClient : IDisposable
{
    private readonly HttpClient http;
    private readonly FetchOptions options;
    private readonly ResiliencePipeline<ApiResponse> pipeline;
    private readonly ResiliencePipeline attemptTimeout;
    private readonly TimeSpan spacing;
    private readonly SemaphoreSlim gate = new(1, 1);
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private TimeSpan nextAllowed = TimeSpan.Zero;
    private int attempts;

    public ApiClient(FetchOptions options, Action<string>? onRetry = null)
    {
        this.options = options;
        spacing = options.RequestsPerSecond > 0 ? TimeSpan.FromSeconds(1 / options.RequestsPerSecond) : TimeSpan.Zero;
        var handler = new SocketsHttpHandler
        {
            AutomaticDecompression = DecompressionMethods.GZip | DecompressionMethods.Deflate | DecompressionMethods.Brotli,
            ConnectTimeout = options.Timeout,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        };
        // Timeouts are the pipeline's (per attempt); the client's own would cut across retries.
        http = new HttpClient(handler) { Timeout = System.Threading.Timeout.InfiniteTimeSpan, MaxResponseContentBufferSize = options.MaxResponseBytes };
        http.DefaultRequestHeaders.UserAgent.ParseAdd(options.UserAgent);
        http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));

        pipeline = new ResiliencePipelineBuilder<ApiResponse>()
            .AddRetry(new RetryStrategyOptions<ApiResponse>
            {
                MaxRetryAttempts = Math.Max(0, options.Retries),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.Backoff,
                MaxDelay = options.MaxBackoff,
                ShouldHandle = new PredicateBuilder<ApiResponse>()
                    .Handle<HttpRequestException>()
                    .Handle<IOException>()
                    .Handle<TimeoutRejectedException>()
                    .HandleResult(IsTransient),
                // The server's own wait, when it gives one, beats our guess.
                DelayGenerator = arguments => ValueTask.FromResult(arguments.Outcome.Result?.ServerWait),
                OnRetry = arguments =>
                {
                    onRetry?.Invoke(string.Create(CultureInfo.InvariantCulture,
                        $"{Describe(arguments.Outcome)}; retrying in {arguments.RetryDelay.TotalSeconds:0.0} s (attempt {arguments.AttemptNumber + 2} of {options.Retries + 1})"));
                    return ValueTask.CompletedTask;
                },
            })
            .Build();
        // Per attempt, around the request alone: waiting for our turn (the spacing, a quota reset) is not the
        // server being slow, and counting it would time out and retry a request that was never sent.
        attemptTimeout = new ResiliencePipelineBuilder().AddTimeout(options.Timeout).Build();
    }

    /// <summary>Attempts sent so far (retries included).</summary>
    public int Attempts => Volatile.Read(ref attempts);

    /// <summary>
    /// GETs <paramref name="url"/>, retrying transient failures. Returns the last answer (which may be an error status
    /// once retries are spent); throws <see cref="HttpRequestException"/>, <see cref="IOException"/> or
    /// <see cref="TimeoutRejectedException"/> when the last attempt had no answer at all.
    /// </summary>
    public async Task<ApiResponse> GetAsync(Uri url, CancellationToken cancellation) =>
        await pipeline.ExecuteAsync(async token =>
        {
            await WaitForTurnAsync(token).ConfigureAwait(false);
            Interlocked.Increment(ref attempts);
            return await attemptTimeout.ExecuteAsync(async attemptToken => await SendAsync(url, attemptToken).ConfigureAwait(false), token).ConfigureAwait(false);
        }, cancellation).ConfigureAwait(false);

    private async Task<ApiResponse> SendAsync(Uri url, CancellationToken token)
    {
        using var response = await http.GetAsync(url, HttpCompletionOption.ResponseContentRead, token).ConfigureAwait(false);
        var body = await response.Content.ReadAsByteArrayAsync(token).ConfigureAwait(false);
        var now = DateTimeOffset.UtcNow;
        var result = new ApiResponse(response.StatusCode, response.Content.Headers.ContentType?.MediaType, body)
        {
            ServerWait = response.StatusCode is HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable
                ? ServerWait.RetryAfter(response.Headers, now)
                : null,
        };
        // A success that says the quota is spent: the next request waits for the reset instead of earning a 429.
        if (result.Succeeded && ServerWait.UntilQuotaResets(response.Headers, now) is { } reset) Defer(Min(reset, options.MaxServerWait));
        return result;
    }

    /// <summary>Transient answers worth another try, unless the server asks for a wait longer than we accept.</summary>
    private bool IsTransient(ApiResponse response) =>
        (response.Status is HttpStatusCode.TooManyRequests or HttpStatusCode.RequestTimeout || (int)response.Status >= 500)
        && !(response.ServerWait > options.MaxServerWait);

    /// <summary>Requests start at least <c>1 / rate</c> seconds apart (and not before a quota reset).</summary>
    private async Task WaitForTurnAsync(CancellationToken cancellation)
    {
        await gate.WaitAsync(cancellation).ConfigureAwait(false);
        try
        {
            var wait = nextAllowed - clock.Elapsed;
            if (wait > TimeSpan.Zero) await Task.Delay(wait, cancellation).ConfigureAwait(false);
            nextAllowed = clock.Elapsed + spacing;
        }
        finally
        {
            gate.Release();
        }
    }

    private void Defer(TimeSpan wait)
    {
        var until = clock.Elapsed + wait;
        if (until > nextAllowed) nextAllowed = until;
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

    private static string Describe(Outcome<ApiResponse> outcome) => outcome.Exception switch
    {
        null => $"HTTP {(int)outcome.Result!.Status} {outcome.Result.Status}",
        TimeoutRejectedException => "no answer within the timeout",
        var error => error.Message,
    };

    public void Dispose()
    {
        http.Dispose();
        gate.Dispose();
    }
}
