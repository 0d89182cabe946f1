using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Json;
using PaperArchive.Diagnostics;
using PaperArchive.Digests;
using PaperArchive.Files;

namespace PaperArchive.Model;

/// <summary>What a lookup found for one title: the paper (arXiv id and more), or why nothing was taken.</summary>
public sealed record EnrichedPaper(string Title)
{
    /// <summary><c>found</c>, <c>none</c> (no paper with that exact title) or <c>ambiguous</c> (several).</summary>
    public string Match { get; init; } = "found";
    public string? ArxivId { get; init; }
    public ImmutableArray<string> Authors { get; init; } = [];
    public DateOnly? Published { get; init; }
    public ImmutableArray<PaperLink> Links { get; init; } = [];
    /// <summary>For an ambiguous title, the arXiv ids it could be.</summary>
    public ImmutableArray<string> Candidates { get; init; } = [];

    public bool Found => Match == "found" && ArxivId is not null;
}

/// <summary>
/// <c>input/enrichment.json</c>: what <c>fetch --enrich</c> found for papers of text and Markdown digests (which
/// carry titles and abstracts only). The build reads it and fills in what a digest entry lacks — never the network —
/// so builds stay offline and byte-identical. Keyed by the title's identity (<see cref="EntryIdentity.Title"/>), the archive's own.
/// </summary>
public sealed class Enrichment
{
    public const string FileName = "enrichment.json";
    private const string Format = "paperarchive-enrichment/1";

    private readonly Dictionary<string, EnrichedPaper> byTitle;

    private Enrichment(Dictionary<string, EnrichedPaper> byTitle, ImmutableArray<Diagnostic> diagnostics)
    {
        this.byTitle = byTitle;
        Diagnostics = diagnostics;
    }

    public static Enrichment Empty { get; } = new(new Dictionary<string, EnrichedPaper>(StringComparer.Ordinal), []);

    public ImmutableArray<Diagnostic> Diagnostics { get; }
    public IReadOnlyCollection<EnrichedPaper> Papers => byTitle.Values;
    public bool Has(string title) => byTitle.ContainsKey(EntryIdentity.Title(title));

    public Enrichment With(IEnumerable<EnrichedPaper> papers)
    {
        var copy = new Dictionary<string, EnrichedPaper>(byTitle, StringComparer.Ordinal);
        foreach (var paper in papers) copy[EntryIdentity.Title(paper.Title)] = paper;
        return new Enrichment(copy, Diagnostics);
    }

    /// <summary>Digests with what the enrichment knows filled into entries that have no arXiv id; others unchanged.</summary>
    public List<Digest> Apply(List<Digest> digests)
    {
        if (byTitle.Count == 0) return digests;
        return [.. digests.Select(digest =>
        {
            var changed = false;
            var entries = digest.Entries.Select(entry =>
            {
                if (entry.ArxivId is not null || !byTitle.TryGetValue(EntryIdentity.Title(entry.Title), out var found) || !found.Found) return entry;
                changed = true;
                return entry with
                {
                    ArxivId = found.ArxivId,
                    Authors = entry.Authors.IsEmpty ? found.Authors : entry.Authors,
                    Published = entry.Published ?? found.Published,
                    Links = [.. entry.Links.Concat(found.Links).DistinctBy(l => l.Url, StringComparer.Ordinal)],
                };
            }).ToImmutableArray();
            return changed ? digest with { Entries = entries } : digest;
        })];
    }

    /// <summary>Reads <c>enrichment.json</c> in <paramref name="inputFolder"/>; a missing file is empty, a broken one an error.</summary>
    public static Enrichment Load(string inputFolder)
    {
        var path = Path.Combine(inputFolder, FileName);
        if (!File.Exists(path)) return Empty;
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        var papers = new Dictionary<string, EnrichedPaper>(StringComparer.Ordinal);
        void Problem(Severity severity, string? where, string message) => diagnostics.Add(new Diagnostic(severity, path, where, message));
        try
        {
            using var document = JsonDocument.Parse(InputFile.ReadAllBytes(path), new JsonDocumentOptions { MaxDepth = 16 });
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("papers", out var list) || list.ValueKind != JsonValueKind.Array)
            {
                Problem(Severity.Error, "$", "expected an object with a \"papers\" array (the file paperarchive fetch --enrich writes); it was ignored");
                return new Enrichment(papers, diagnostics.ToImmutable());
            }
            var index = 0;
            foreach (var item in list.EnumerateArray())
            {
                var where = string.Create(CultureInfo.InvariantCulture, $"$.papers[{index++}]");
                if (Read(item) is { } paper) papers[EntryIdentity.Title(paper.Title)] = paper;
                else Problem(Severity.Warning, where, "expected an object with a non-empty \"title\"; it was ignored");
            }
        }
        catch (JsonException error)
        {
            Problem(Severity.Error, ((error.LineNumber ?? 0) + 1).ToString(CultureInfo.InvariantCulture), $"is not valid JSON ({error.Message}); it was ignored: run paperarchive fetch --enrich --refresh to write it again");
        }
        catch (IOException error)
        {
            Problem(Severity.Error, null, $"could not be read: {error.Message}");
        }
        return new Enrichment(papers, diagnostics.ToImmutable());
    }

    private static EnrichedPaper? Read(JsonElement item)
    {
        if (item.ValueKind != JsonValueKind.Object || String(item, "title") is not { Length: > 0 } title) return null;
        string? arxiv = null;
        if (String(item, "arxiv") is { } raw && ArxivId.TryNormalize(raw, out var id)) arxiv = id;
        return new EnrichedPaper(title)
        {
            Match = String(item, "match") ?? "found",
            ArxivId = arxiv,
            Authors = Strings(item, "authors"),
            Published = DateOnly.TryParseExact(String(item, "published"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null,
            Links = item.TryGetProperty("links", out var links) && links.ValueKind == JsonValueKind.Array
                ? [.. links.EnumerateArray().Where(l => l.ValueKind == JsonValueKind.Object)
                    .Select(l => (Label: String(l, "label"), Url: String(l, "url")))
                    .Where(l => l.Label is not null && l.Url is not null && (l.Url.StartsWith("https://", StringComparison.Ordinal) || l.Url.StartsWith("http://", StringComparison.Ordinal)))
                    .Select(l => new PaperLink(l.Label!, l.Url!))]
                : [],
            Candidates = Strings(item, "candidates"),
        };
    }

    private static string? String(JsonElement item, string name) =>
        item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static ImmutableArray<string> Strings(JsonElement item, string name) =>
        item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array
            ? [.. value.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!)]
            : [];

    /// <summary>The file's bytes: papers ordered by normalised title, indented, so the same knowledge is the same file.</summary>
    public byte[] ToBytes()
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("format", Format);
            json.WriteStartArray("papers");
            foreach (var (_, paper) in byTitle.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                json.WriteStartObject();
                json.WriteString("title", paper.Title);
                json.WriteString("match", paper.Match);
                if (paper.ArxivId is { } id) json.WriteString("arxiv", id);
                if (!paper.Authors.IsEmpty) { json.WriteStartArray("authors"); foreach (var a in paper.Authors) json.WriteStringValue(a); json.WriteEndArray(); }
                if (paper.Published is { } published) json.WriteString("published", published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                if (!paper.Links.IsEmpty)
                {
                    json.WriteStartArray("links");
                    foreach (var link in paper.Links) { json.WriteStartObject(); json.WriteString("label", link.Label); json.WriteString("url", link.Url); json.WriteEndObject(); }
                    json.WriteEndArray();
                }
                if (!paper.Candidates.IsEmpty) { json.WriteStartArray("candidates"); foreach (var c in paper.Candidates) json.WriteStringValue(c); json.WriteEndArray(); }
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }
}
