using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using PaperArchive.Digests;
using PaperArchive.Files;
using PaperArchive.Model;

namespace PaperArchive.Fetch;

public enum EnrichStatus { Found, NoMatch, Ambiguous, Known, Failed }

public sealed record EnrichOutcome(string Title, string Digest, EnrichStatus Status, string Message);

public sealed record EnrichReport(ImmutableArray<EnrichOutcome> Papers, bool Interrupted, int Requests, string? File)
{
    public int Count(EnrichStatus status) => Papers.Count(p => p.Status == status);
}

/// <summary>
/// <c>fetch --enrich</c>: looks up each paper of the text and Markdown digests that has no arXiv id
/// (<c>{api}/api/papers/search?q=&lt;title&gt;</c>) and takes a result only when its normalised title equals the
/// paper's, and only one paper has it. What was found — or that nothing or several were — goes to
/// <c>input/enrichment.json</c>, which the build reads offline; titles already there are not asked again unless refreshed.
/// </summary>
public static class PaperEnricher
{
    public static async Task<EnrichReport> RunAsync(string inputFolder, FetchOptions options, bool refresh,
        Action<EnrichOutcome>? onPaper = null, Action<string>? onRetry = null, CancellationToken cancellation = default)
    {
        var digests = Path.Combine(inputFolder, "digests");
        var titles = new List<(string Title, string Digest)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        if (Directory.Exists(digests))
            foreach (var read in DigestReader.ReadFolder(digests))
            {
                if (read.Digest is not { } digest || Path.GetExtension(digest.File).Equals(".json", StringComparison.OrdinalIgnoreCase)) continue;
                foreach (var entry in digest.Entries.Where(e => e.ArxivId is null))
                    if (seen.Add(EntryIdentity.Title(entry.Title))) titles.Add((entry.Title, Path.GetFileName(digest.File)));
            }

        var enrichment = Enrichment.Load(inputFolder);
        var outcomes = ImmutableArray.CreateBuilder<EnrichOutcome>();
        var found = new List<EnrichedPaper>();
        var interrupted = false;
        using var client = new ApiClient(options, onRetry);
        foreach (var (title, digest) in titles)
        {
            if (cancellation.IsCancellationRequested) { interrupted = true; break; }
            EnrichOutcome outcome;
            if (!refresh && enrichment.Has(title))
            {
                outcome = new EnrichOutcome(title, digest, EnrichStatus.Known, "already looked up");
            }
            else
            {
                try
                {
                    var paper = await LookUpAsync(client, options, title, cancellation).ConfigureAwait(false);
                    found.Add(paper);
                    outcome = paper.Match switch
                    {
                        "found" => new EnrichOutcome(title, digest, EnrichStatus.Found, "arXiv " + paper.ArxivId),
                        "ambiguous" => new EnrichOutcome(title, digest, EnrichStatus.Ambiguous, $"several papers have this title ({string.Join(", ", paper.Candidates)}); left as it is"),
                        _ => new EnrichOutcome(title, digest, EnrichStatus.NoMatch, "no paper with exactly this title; left as it is"),
                    };
                }
                catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
                {
                    interrupted = true;
                    break;
                }
                catch (DayFetchException error)
                {
                    outcome = new EnrichOutcome(title, digest, EnrichStatus.Failed, error.Message);
                }
            }
            outcomes.Add(outcome);
            onPaper?.Invoke(outcome);
        }

        // What was learnt is kept even when interrupted: the next run asks only the rest.
        string? file = null;
        if (found.Count > 0)
        {
            file = Path.Combine(inputFolder, Enrichment.FileName);
            AtomicFile.Write(file, enrichment.With(found).ToBytes());
        }
        return new EnrichReport(outcomes.ToImmutable(), interrupted, client.Attempts, file);
    }

    private static async Task<EnrichedPaper> LookUpAsync(ApiClient client, FetchOptions options, string title, CancellationToken cancellation)
    {
        var url = new Uri(options.Api, "api/papers/search?q=" + Uri.EscapeDataString(title));
        ApiResponse response;
        try
        {
            response = await client.GetAsync(url, cancellation).ConfigureAwait(false);
        }
        catch (Exception error) when (error is HttpRequestException or IOException or Polly.Timeout.TimeoutRejectedException && !cancellation.IsCancellationRequested)
        {
            throw new DayFetchException($"the search failed: {error.Message} ({url})", error);
        }
        if (!response.Succeeded) throw new DayFetchException($"the search answered HTTP {(int)response.Status} {response.Status} ({url})");

        var wanted = EntryIdentity.Title(title);
        var matches = new Dictionary<string, EnrichedPaper>(StringComparer.Ordinal);
        try
        {
            using var document = JsonDocument.Parse(response.Body, new JsonDocumentOptions { MaxDepth = 64 });
            if (document.RootElement.ValueKind != JsonValueKind.Array) throw new DayFetchException($"the search answered {document.RootElement.ValueKind}, not an array of papers ({url})");
            foreach (var item in document.RootElement.EnumerateArray())
                if (ReadResult(item) is { } paper && EntryIdentity.Title(paper.Title) == wanted) matches.TryAdd(paper.ArxivId!, paper);
        }
        catch (JsonException error)
        {
            throw new DayFetchException($"the search's answer is not JSON ({error.Message}; {url})", error);
        }
        return matches.Count switch
        {
            1 => matches.Values.Single() with { Title = title },
            0 => new EnrichedPaper(title) { Match = "none" },
            _ => new EnrichedPaper(title) { Match = "ambiguous", Candidates = [.. matches.Keys.Order(StringComparer.Ordinal)] },
        };
    }

    /// <summary>A search result: an item like the daily list's (<c>{ "paper": … }</c>) or a bare paper.</summary>
    private static EnrichedPaper? ReadResult(JsonElement item)
    {
        if (item.ValueKind != JsonValueKind.Object) return null;
        var paper = item.TryGetProperty("paper", out var inner) && inner.ValueKind == JsonValueKind.Object ? inner : item;
        var title = String(item, "title") ?? String(paper, "title");
        if (title is null || !ArxivId.TryNormalize(String(paper, "id"), out var id)) return null;
        var authors = paper.TryGetProperty("authors", out var list) && list.ValueKind == JsonValueKind.Array
            ? list.EnumerateArray()
                .Where(a => !(a.ValueKind == JsonValueKind.Object && a.TryGetProperty("hidden", out var hidden) && hidden.ValueKind == JsonValueKind.True))
                .Select(a => a.ValueKind == JsonValueKind.String ? a.GetString() : a.ValueKind == JsonValueKind.Object ? String(a, "name") : null)
                .Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => n!.Trim()).Distinct(StringComparer.Ordinal).ToImmutableArray()
            : [];
        DateOnly? published = DateTimeOffset.TryParse(String(paper, "publishedAt"), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var moment)
            ? DateOnly.FromDateTime(moment.UtcDateTime) : null;
        var links = ImmutableArray.CreateBuilder<PaperLink>();
        if (HttpUrl(String(paper, "githubRepo")) is { } code) links.Add(new PaperLink("Code", code));
        if (HttpUrl(String(paper, "projectPage")) is { } project) links.Add(new PaperLink("Project page", project));
        return new EnrichedPaper(TextCleanup.CollapseWhitespace(title)) { ArxivId = id, Authors = authors, Published = published, Links = links.ToImmutable() };
    }

    private static string? HttpUrl(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? url : null;

    private static string? String(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
