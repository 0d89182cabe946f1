using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using PaperArchive.Diagnostics;

namespace PaperArchive.Digests;

/// <summary>
/// Reads a saved Hugging Face <c>/api/daily_papers</c> response: an array of items, each with a <c>paper</c>.
/// The API changes over time, so every field is optional except a title; odd values are warnings.
/// </summary>
internal static class HuggingFaceDigestReader
{
    // The real shape is 4-5 levels deep; 64 leaves room for API growth and rejects hostile nesting quickly.
    private static readonly JsonDocumentOptions Options = new()
    {
        MaxDepth = 64,
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
    };

    public static Digest? Read(string file, string text, DiagnosticBag diagnostics)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text, Options);
        }
        catch (JsonException ex)
        {
            diagnostics.Error((int)(ex.LineNumber ?? 0) + 1, $"is not valid JSON: {ex.Message}");
            return null;
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Array)
            {
                diagnostics.Error("$", $"expected an array of daily-papers items (a saved /api/daily_papers response) but found {JsonFields.Describe(root.ValueKind)}");
                return null;
            }

            var entries = new List<DigestEntry>(root.GetArrayLength());
            var itemDays = new Dictionary<DateOnly, int>();
            var index = 0;
            foreach (var item in root.EnumerateArray())
            {
                var path = $"$[{(index++).ToString(CultureInfo.InvariantCulture)}]";
                // Some saved archives hold each item as a JSON string ("{\"paper\": …}"): read the object inside.
                using var unwrapped = item.ValueKind == JsonValueKind.String ? ParseStringItem(item) : null;
                var element = unwrapped?.RootElement ?? item;
                if (element.ValueKind != JsonValueKind.Object)
                {
                    diagnostics.Error(path, $"expected an object for this item but found {JsonFields.Describe(element.ValueKind)}; it was skipped");
                    continue;
                }
                var itemFields = new JsonFields(element, path, diagnostics);
                if (ParseUtcDate(itemFields, "publishedAt", diagnostics) is { } day) itemDays[day] = itemDays.GetValueOrDefault(day) + 1;
                if (ReadItem(itemFields, diagnostics) is { } entry) entries.Add(entry);
            }

            var date = DigestDate.FromFileName(file) ?? MostCommonDay(itemDays);
            if (date is null)
            {
                diagnostics.Error("$", "the digest's day is unknown: name the file YYYY-MM-DD.json (e.g. 2024-10-25.json); no item has a publishedAt date to use instead");
                return null;
            }
            if (!DigestDate.CheckRange(date.Value, "$", diagnostics)) return null;
            return new Digest(file, date.Value, DuplicateEntries.Remove(entries, diagnostics));
        }
    }

    private static JsonDocument? ParseStringItem(JsonElement item)
    {
        var text = item.GetString();
        if (text is null || !text.TrimStart().StartsWith('{')) return null;
        try { return JsonDocument.Parse(text, Options); }
        catch (JsonException) { return null; }
    }

    private static DigestEntry? ReadItem(JsonFields item, DiagnosticBag diagnostics)
    {
        // Older or other endpoints list papers directly, without the { "paper": … } wrapper.
        var paper = item.Object("paper") is { } inner ? new JsonFields(inner, item.PathOf("paper"), diagnostics) : item;

        // The item's title is the clean one; paper.title keeps arXiv's hard wraps (collapsed below anyway).
        var rawTitle = item.String("title") ?? paper.String("title");
        var titlePath = item.Has("title") ? item.PathOf("title") : paper.PathOf("title");
        var title = rawTitle is null ? "" : TextCleanup.CollapseWhitespace(TextCleanup.CleanField(rawTitle, "title", titlePath, diagnostics));
        if (title.Length == 0)
        {
            diagnostics.Error(titlePath, "this item has no usable title (a non-empty string), so it was skipped");
            return null;
        }

        var summary = paper.String("summary") ?? (paper.Path == item.Path ? null : item.String("summary"));
        if (summary is null) diagnostics.Warning(paper.PathOf("summary"), $"'{TextCleanup.Shorten(title)}' has no summary; it was kept with an empty abstract");

        return new DigestEntry
        {
            Title = title,
            Abstract = summary is null ? "" : TextCleanup.UnwrapParagraphs(TextCleanup.CleanField(summary, "summary", paper.PathOf("summary"), diagnostics)),
            Location = item.Path,
            ArxivId = ReadArxivId(paper, diagnostics),
            Authors = ReadAuthors(paper, diagnostics),
            Upvotes = paper.WholeNumber("upvotes") ?? (paper.Path == item.Path ? null : item.WholeNumber("upvotes")),
            Published = ParseUtcDate(paper, "publishedAt", diagnostics),
            Links = ReadLinks(paper, diagnostics),
            Tags = paper.Array("ai_keywords") is { } keywords ? ReadStrings(keywords, paper.PathOf("ai_keywords"), "keyword", diagnostics) : [],
            // Comments and the thumbnail sit on the item; stars and the AI summary on the paper (either, to be lenient).
            NumComments = item.WholeNumber("numComments") ?? (paper.Path == item.Path ? null : paper.WholeNumber("numComments")),
            GithubStars = paper.WholeNumber("githubStars"),
            Thumbnail = ReadUrl(item, "thumbnail", diagnostics) ?? (paper.Path == item.Path ? null : ReadUrl(paper, "thumbnail", diagnostics)),
            AiSummary = paper.String("ai_summary") is { } aiSummary ? TextCleanup.CollapseWhitespace(TextCleanup.CleanField(aiSummary, "ai_summary", paper.PathOf("ai_summary"), diagnostics)) is { Length: > 0 } clean ? clean : null : null,
        };
    }

    private static string? ReadArxivId(JsonFields paper, DiagnosticBag diagnostics)
    {
        if (paper.String("id") is not { } raw) return null;
        if (ArxivId.TryNormalize(raw, out var id)) return id;
        diagnostics.Warning(paper.PathOf("id"), $"'{TextCleanup.Shorten(raw)}' is not an arXiv id and was dropped");
        return null;
    }

    private static ImmutableArray<string> ReadAuthors(JsonFields paper, DiagnosticBag diagnostics)
    {
        if (paper.Array("authors") is not { } authors) return [];
        var names = new List<string>();
        var index = 0;
        foreach (var author in authors.EnumerateArray())
        {
            var path = $"{paper.PathOf("authors")}[{(index++).ToString(CultureInfo.InvariantCulture)}]";
            if (author.ValueKind == JsonValueKind.String)
            {
                names.Add(author.GetString()!);
                continue;
            }
            if (author.ValueKind != JsonValueKind.Object)
            {
                diagnostics.Warning(path, $"expected an author object but found {JsonFields.Describe(author.ValueKind)}; it was ignored");
                continue;
            }
            var fields = new JsonFields(author, path, diagnostics);
            // Hidden authors are hidden on the Hugging Face page too; respect that.
            if (fields.Boolean("hidden") == true) continue;
            if (fields.String("name") is { } name) names.Add(name);
        }
        return ListText.Distinct(names, "author name", paper.PathOf("authors"), diagnostics);
    }

    private static ImmutableArray<PaperLink> ReadLinks(JsonFields paper, DiagnosticBag diagnostics)
    {
        var links = ImmutableArray.CreateBuilder<PaperLink>();
        AddLink(paper, "githubRepo", "Code", links, diagnostics);
        AddLink(paper, "projectPage", "Project page", links, diagnostics);
        return links.ToImmutable();
    }

    private static string? ReadUrl(JsonFields fields, string field, DiagnosticBag diagnostics) =>
        fields.String(field) is { } raw ? DigestUrl.Check(raw, field, fields.PathOf(field), diagnostics) : null;

    private static void AddLink(JsonFields paper, string field, string label, ImmutableArray<PaperLink>.Builder links, DiagnosticBag diagnostics)
    {
        if (paper.String(field) is { } raw && DigestUrl.Check(raw, field, paper.PathOf(field), diagnostics) is { } url)
        {
            links.Add(new PaperLink(label, url));
        }
    }

    private static ImmutableArray<string> ReadStrings(JsonElement array, string path, string what, DiagnosticBag diagnostics)
    {
        var values = new List<string>();
        var index = 0;
        foreach (var value in array.EnumerateArray())
        {
            if (value.ValueKind == JsonValueKind.String) values.Add(value.GetString()!);
            else diagnostics.Warning($"{path}[{index.ToString(CultureInfo.InvariantCulture)}]", $"expected a {what} string but found {JsonFields.Describe(value.ValueKind)}; it was ignored");
            index++;
        }
        return ListText.Distinct(values, what, path, diagnostics);
    }

    private static DateOnly? ParseUtcDate(JsonFields fields, string name, DiagnosticBag diagnostics)
    {
        if (fields.String(name) is not { } text) return null;
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var moment))
        {
            return DateOnly.FromDateTime(moment.UtcDateTime);
        }
        diagnostics.Warning(fields.PathOf(name), $"'{TextCleanup.Shorten(text)}' is not a date and time; it was ignored");
        return null;
    }

    /// <summary>The day most items were published on; ties go to the later day (a daily list collects recent papers).</summary>
    private static DateOnly? MostCommonDay(Dictionary<DateOnly, int> itemDays) =>
        itemDays.Count == 0 ? null : itemDays.OrderByDescending(pair => pair.Value).ThenByDescending(pair => pair.Key).First().Key;
}
