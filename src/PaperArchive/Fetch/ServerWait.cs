using System.Globalization;
using System.Net.Http.Headers;

namespace PaperArchive.Fetch;

/// <summary>
/// What a server says about waiting: <c>Retry-After</c> (seconds or an HTTP date), and the rate-limit headers —
/// the IETF draft's <c>RateLimit: "api";r=0;t=55</c> (what the Hugging Face Hub sends) and the older
/// <c>RateLimit-Remaining</c>/<c>RateLimit-Reset</c> pair (also with the <c>X-</c> prefix).
/// </summary>
public static class ServerWait
{
    /// <summary>How long the server asks us to wait before the next request, if it says so.</summary>
    public static TimeSpan? RetryAfter(HttpResponseHeaders headers, DateTimeOffset now)
    {
        if (headers.RetryAfter is { } retryAfter)
        {
            if (retryAfter.Delta is { } delta) return NotNegative(delta);
            if (retryAfter.Date is { } date) return NotNegative(date - now);
        }
        return QuotaReset(headers, now, requireExhausted: false);
    }

    /// <summary>When a (successful) response says the quota is used up: how long until it resets.</summary>
    public static TimeSpan? UntilQuotaResets(HttpResponseHeaders headers, DateTimeOffset now) => QuotaReset(headers, now, requireExhausted: true);

    private static TimeSpan? QuotaReset(HttpResponseHeaders headers, DateTimeOffset now, bool requireExhausted)
    {
        // RateLimit: "api";r=0;t=55  (several limits may be listed, comma-separated; the longest exhausted one counts)
        if (Values(headers, "RateLimit") is { } structured)
        {
            TimeSpan? longest = null;
            foreach (var limit in structured.SelectMany(v => v.Split(',')))
            {
                long? remaining = null, reset = null;
                foreach (var parameter in limit.Split(';').Skip(1))
                {
                    var pair = parameter.Split('=', 2, StringSplitOptions.TrimEntries);
                    if (pair.Length != 2 || !long.TryParse(pair[1], NumberStyles.None, CultureInfo.InvariantCulture, out var number)) continue;
                    if (pair[0] == "r") remaining = number;
                    else if (pair[0] == "t") reset = number;
                }
                if (reset is null || (requireExhausted && remaining != 0)) continue;
                var wait = TimeSpan.FromSeconds(reset.Value);
                if (longest is null || wait > longest) longest = wait;
            }
            if (longest is not null) return longest;
        }
        foreach (var prefix in (string[])["RateLimit-", "X-RateLimit-"])
        {
            var remaining = Number(headers, prefix + "Remaining");
            if (Number(headers, prefix + "Reset") is not { } reset || (requireExhausted && remaining != 0)) continue;
            // The older drafts give seconds; some servers give a Unix time instead (anything past 2001 is one).
            return reset > 1_000_000_000 ? NotNegative(DateTimeOffset.FromUnixTimeSeconds(reset) - now) : TimeSpan.FromSeconds(reset);
        }
        return null;
    }

    private static IEnumerable<string>? Values(HttpResponseHeaders headers, string name) =>
        headers.TryGetValues(name, out var values) ? values : null;

    private static long? Number(HttpResponseHeaders headers, string name) =>
        Values(headers, name)?.FirstOrDefault() is { } text && long.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : null;

    private static TimeSpan NotNegative(TimeSpan wait) => wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
}
