using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Json;
using PaperArchive.Digests;
using Polly.Timeout;

namespace PaperArchive.Fetch;

/// <summary>One day's items as the API sent them: each item's JSON text, unchanged, in the API's order.</summary>
public sealed record DayItems(DateOnly Day, ImmutableArray<string> Items, int Requests)
{
    /// <summary>
    /// The digest file's bytes: a JSON array with one item per line, each item exactly as received, so a later
    /// reader can use fields ignored today and a refresh's diff shows which papers changed.
    /// </summary>
    public byte[] ToDigestBytes()
    {
        var text = new StringBuilder("[\n");
        for (var i = 0; i < Items.Length; i++) text.Append(Items[i]).Append(i + 1 < Items.Length ? ",\n" : "\n");
        return Encoding.UTF8.GetBytes(text.Append("]\n").ToString());
    }
}

/// <summary>A day the API could not give: the reason names the day and what went wrong; nothing of it is kept.</summary>
public sealed class DayFetchException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>
/// <c>GET {api}/api/daily_papers?date=YYYY-MM-DD&amp;limit=N[&amp;p=K]</c>: a day's items, page by page. A full page
/// means there may be more; paging stops at a short page, an empty one, or one that brings no new paper (a server
/// that ignores <c>p</c>).
/// </summary>
public sealed class DailyPapersApi(ApiClient client, FetchOptions options)
{
    private const int MaxPages = 50;
    private static readonly JsonDocumentOptions JsonOptions = new() { MaxDepth = 64 };

    public async Task<DayItems> GetDayAsync(DateOnly day, CancellationToken cancellation)
    {
        var date = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var items = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var requests = 0;
        for (var page = 0; page < MaxPages; page++)
        {
            var query = string.Create(CultureInfo.InvariantCulture, $"api/daily_papers?date={date}&limit={options.PageSize}") + (page > 0 ? string.Create(CultureInfo.InvariantCulture, $"&p={page}") : "");
            var response = await GetAsync(new Uri(options.Api, query), date, cancellation).ConfigureAwait(false);
            requests++;
            var pageItems = ReadItems(response, date);
            var added = 0;
            foreach (var (text, identity) in pageItems)
            {
                if (identity is not null && !seen.Add(identity)) continue;
                items.Add(text);
                added++;
            }
            if (pageItems.Count < options.PageSize || added == 0) break;
        }
        return new DayItems(day, [.. items], requests);
    }

    private async Task<ApiResponse> GetAsync(Uri url, string date, CancellationToken cancellation)
    {
        ApiResponse response;
        try
        {
            response = await client.GetAsync(url, cancellation).ConfigureAwait(false);
        }
        catch (TimeoutRejectedException error)
        {
            throw new DayFetchException($"{date}: no answer within {options.Timeout.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s after {options.Retries + 1} attempts ({url})", error);
        }
        catch (Exception error) when ((error is HttpRequestException or IOException) && !cancellation.IsCancellationRequested)
        {
            throw new DayFetchException($"{date}: {error.Message} (after {options.Retries + 1} attempts; {url})", error);
        }
        if (response.Succeeded) return response;
        var reason = response.ServerWait > options.MaxServerWait
            ? string.Create(CultureInfo.InvariantCulture, $"; the API asks to wait {response.ServerWait.Value.TotalSeconds:0} s, longer than this command waits ({options.MaxServerWait.TotalSeconds:0} s): run it again later")
            : "";
        throw new DayFetchException($"{date}: the API answered HTTP {(int)response.Status} {response.Status}{reason} ({url})");
    }

    /// <summary>The page's items as raw JSON text, with each one's identity (paper id) for paging; anything else is an error.</summary>
    private static List<(string Text, string? Identity)> ReadItems(ApiResponse response, string date)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(response.Body, JsonOptions);
        }
        catch (JsonException error)
        {
            var looksLikeHtml = response.ContentType?.Contains("html", StringComparison.OrdinalIgnoreCase) == true
                || Encoding.UTF8.GetString(response.Body.AsSpan(0, Math.Min(response.Body.Length, 512))).TrimStart().StartsWith('<');
            throw new DayFetchException(looksLikeHtml
                ? $"{date}: the API answered with an HTML page ({response.ContentType ?? "no content type"}), not JSON; nothing of this day was kept"
                : $"{date}: the API's answer is not valid JSON ({error.Message}; {response.Body.Length} bytes — cut short?); nothing of this day was kept", error);
        }
        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Array)
                throw new DayFetchException($"{date}: expected a JSON array of daily-papers items but the API sent {JsonFields.Describe(document.RootElement.ValueKind)}; nothing of this day was kept");
            var items = new List<(string, string?)>(document.RootElement.GetArrayLength());
            var index = 0;
            foreach (var item in document.RootElement.EnumerateArray())
            {
                if (item.ValueKind != JsonValueKind.Object)
                    throw new DayFetchException($"{date}: item $[{index}] is {JsonFields.Describe(item.ValueKind)}, not an object; nothing of this day was kept");
                items.Add((item.GetRawText(), IdentityOf(item)));
                index++;
            }
            return items;
        }
    }

    private static string? IdentityOf(JsonElement item)
    {
        var paper = item.TryGetProperty("paper", out var inner) && inner.ValueKind == JsonValueKind.Object ? inner : item;
        return paper.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String ? id.GetString()
            : item.TryGetProperty("title", out var title) && title.ValueKind == JsonValueKind.String ? "title:" + title.GetString()
            : null;
    }
}
