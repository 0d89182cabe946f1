using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using PaperArchive.Diagnostics;

namespace PaperArchive.Digests;

/// <summary>
/// Reads a hand-written Markdown digest: YAML front matter with <c>date:</c> and <c>papers:</c>.
/// The body after the front matter is free notes and is ignored. Every message names the line in the file.
/// </summary>
internal static partial class MarkdownDigestReader
{
    // The front matter starts after the opening '---' on line 1, so YAML line n is file line n + 1.
    private const int FrontMatterLineOffset = 1;

    private const string ShapeHint = "a Markdown digest starts with front matter: a line '---', then 'date: 2025-03-11' and 'papers:' (a list of '- title: …' entries), then a line '---'";

    // YamlDotNet prefixes messages with front-matter-relative positions; we give the file line instead.
    [GeneratedRegex(@"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\): ", RegexOptions.CultureInvariant)]
    private static partial Regex YamlPositionPrefix();

    public static Digest? Read(string file, string text, DiagnosticBag diagnostics)
    {
        var lines = TextLines.Split(text);
        if (lines.Count == 0 || !IsFence(lines[0], allowDots: false))
        {
            diagnostics.Error(1, $"no front matter: {ShapeHint}");
            return null;
        }
        var closing = lines.FindIndex(1, line => IsFence(line, allowDots: true));
        if (closing < 0)
        {
            diagnostics.Error(1, "the front matter opened on line 1 is never closed: add a line '---' after the papers");
            return null;
        }

        YamlNode? root;
        try
        {
            root = YamlTree.Load(string.Join('\n', lines.GetRange(1, closing - 1)));
        }
        catch (YamlTreeException ex)
        {
            diagnostics.Error(FileLine(Math.Max(ex.Line, 1)), $"the front matter is not valid YAML: {YamlPositionPrefix().Replace(ex.Message, "")}");
            return null;
        }
        if (root is not YamlMap frontMatter)
        {
            diagnostics.Error(2, $"the front matter is empty or not a set of 'key: value' lines: {ShapeHint}");
            return null;
        }

        YamlNode? dateNode = null;
        YamlNode? papersNode = null;
        foreach (var (key, value) in frontMatter.Entries)
        {
            switch (key.Value?.ToLowerInvariant())
            {
                case "date": dateNode = value; break;
                case "papers": papersNode = value; break;
                default: diagnostics.Warning(FileLine(key.Line), $"unknown front matter key '{key.Value}' was ignored; expected 'date' and 'papers'"); break;
            }
        }

        var date = ReadDate(file, dateNode, diagnostics);
        if (date is null) return null;
        var entries = ReadPapers(papersNode, diagnostics);
        return new Digest(file, date.Value, DuplicateEntries.Remove(entries, diagnostics));
    }

    private static bool IsFence(string line, bool allowDots)
    {
        var trimmed = line.TrimEnd();
        return trimmed == "---" || (allowDots && trimmed == "...");
    }

    private static int FileLine(int yamlLine) => yamlLine + FrontMatterLineOffset;

    private static string Where(YamlNode node) => DiagnosticBag.Line(FileLine(node.Line));

    private static DateOnly? ReadDate(string file, YamlNode? node, DiagnosticBag diagnostics)
    {
        if (node is null) return DigestDate.Resolve(null, "1", file, diagnostics);
        var parts = node is YamlText { Value: { } value } ? DigestDate.TryParse(value) : null;
        if (parts is null)
        {
            diagnostics.Error(Where(node), "'date:' is not a date; write it as YYYY-MM-DD, e.g. 'date: 2025-03-11'");
            return null;
        }
        return DigestDate.Resolve(parts, Where(node), file, diagnostics);
    }

    private static List<DigestEntry> ReadPapers(YamlNode? node, DiagnosticBag diagnostics)
    {
        var entries = new List<DigestEntry>();
        switch (node)
        {
            case null or YamlText { Value: null }:
                return entries; // no papers: an empty day is valid
            case YamlList list:
                foreach (var item in list.Items)
                {
                    if (item is YamlMap paper)
                    {
                        if (ReadPaper(paper, diagnostics) is { } entry) entries.Add(entry);
                    }
                    else
                    {
                        diagnostics.Error(Where(item), "each paper must be a set of 'key: value' lines starting with '- title: …'; this one was skipped");
                    }
                }
                return entries;
            default:
                diagnostics.Error(Where(node), "'papers:' must be a list, one '- title: …' entry per paper");
                return entries;
        }
    }

    private static DigestEntry? ReadPaper(YamlMap paper, DiagnosticBag diagnostics)
    {
        string? title = null, abstractText = null, arxivId = null;
        int? upvotes = null;
        DateOnly? published = null;
        var authors = ImmutableArray<string>.Empty;
        var tags = ImmutableArray<string>.Empty;
        var links = ImmutableArray.CreateBuilder<PaperLink>();
        var seenKeys = new HashSet<string>(StringComparer.Ordinal);
        var titleWasWrongType = false;

        foreach (var (keyNode, value) in paper.Entries)
        {
            var key = keyNode.Value?.ToLowerInvariant() ?? "";
            var at = Where(value);
            if (!seenKeys.Add(key)) diagnostics.Warning(Where(keyNode), $"'{key}' is given twice for this paper; the last one is used");
            switch (key)
            {
                case "title":
                    title = Text(value, "title", diagnostics, Severity.Error);
                    titleWasWrongType = value is not YamlText;
                    break;
                case "abstract":
                    abstractText = Text(value, "abstract", diagnostics, Severity.Warning) is { } a ? TextCleanup.UnwrapParagraphs(TextCleanup.CleanField(a, "abstract", at, diagnostics)) : null;
                    break;
                case "authors":
                    authors = List(value, "authors", diagnostics);
                    break;
                case "tags":
                    tags = List(value, "tags", diagnostics);
                    break;
                case "arxiv":
                    if (Text(value, "arxiv id", diagnostics, Severity.Warning) is { } rawId) arxivId = CheckedArxivId(rawId, at, diagnostics) ?? arxivId;
                    break;
                case "url":
                    if (Text(value, "url", diagnostics, Severity.Warning) is { } url) AddUrl(url, at, ref arxivId, links, diagnostics);
                    break;
                case "links":
                    AddLinks(value, links, diagnostics);
                    break;
                case "upvotes":
                    upvotes = Text(value, "upvotes", diagnostics, Severity.Warning) is { } n ? ParseCount(n, at, diagnostics) : null;
                    break;
                case "published":
                    published = Text(value, "published date", diagnostics, Severity.Warning) is { } p ? ParsePublished(p, at, diagnostics) : null;
                    break;
                default:
                    diagnostics.Warning(Where(keyNode), $"unknown key '{keyNode.Value}' was ignored; a paper has title, abstract, authors, arxiv, url, tags, links, upvotes, published");
                    break;
            }
        }

        var cleanTitle = title is null ? "" : TextCleanup.CollapseWhitespace(TextCleanup.CleanField(title, "title", Where(paper), diagnostics));
        if (cleanTitle.Length == 0)
        {
            if (!titleWasWrongType) diagnostics.Error(Where(paper), "this paper has no title, so it was skipped; add 'title: …'");
            return null;
        }
        if (string.IsNullOrEmpty(abstractText))
        {
            diagnostics.Warning(Where(paper), $"'{TextCleanup.Shorten(cleanTitle)}' has no abstract; it was kept with an empty abstract");
        }

        return new DigestEntry
        {
            Title = cleanTitle,
            Abstract = abstractText ?? "",
            Location = Where(paper),
            Authors = authors,
            ArxivId = arxivId,
            Links = links.ToImmutable(),
            Upvotes = upvotes,
            Published = published,
            Tags = tags,
        };
    }

    /// <summary>The value when it is text; a list or mapping is reported with <paramref name="severity"/>.</summary>
    private static string? Text(YamlNode value, string fieldName, DiagnosticBag diagnostics, Severity severity)
    {
        if (value is YamlText text) return text.Value;
        var message = severity == Severity.Error
            ? $"the {fieldName} must be text, not a {KindOf(value)}, so this paper was skipped"
            : $"the {fieldName} must be text, not a {KindOf(value)}; it was ignored";
        if (severity == Severity.Error) diagnostics.Error(Where(value), message);
        else diagnostics.Warning(Where(value), message);
        return null;
    }

    private static string KindOf(YamlNode node) => node is YamlList ? "list" : "mapping";

    /// <summary>A YAML list of names, or one comma-separated string.</summary>
    private static ImmutableArray<string> List(YamlNode value, string fieldName, DiagnosticBag diagnostics)
    {
        switch (value)
        {
            case YamlText { Value: null }:
                return [];
            case YamlText { Value: { } text }:
                return ListText.Distinct(ListText.SplitCommas(text), fieldName, Where(value), diagnostics);
            case YamlList list:
                var items = new List<string>();
                foreach (var item in list.Items)
                {
                    if (item is YamlText { Value: { } name }) items.Add(name);
                    else if (item is not YamlText) diagnostics.Warning(Where(item), $"each of the {fieldName} must be text; this one was ignored");
                }
                return ListText.Distinct(items, fieldName, Where(value), diagnostics);
            default:
                diagnostics.Warning(Where(value), $"'{fieldName}' must be a list or a comma-separated line, not a mapping; it was ignored");
                return [];
        }
    }

    private static string? CheckedArxivId(string raw, string at, DiagnosticBag diagnostics)
    {
        if (ArxivId.TryNormalize(raw, out var id)) return id;
        diagnostics.Warning(at, $"'{TextCleanup.Shorten(raw)}' is not an arXiv id and was dropped; write it like 2410.17243 or https://arxiv.org/abs/2410.17243");
        return null;
    }

    // An arXiv (or Hugging Face paper) URL gives the id; any other URL becomes a plain link.
    private static void AddUrl(string url, string at, ref string? arxivId, ImmutableArray<PaperLink>.Builder links, DiagnosticBag diagnostics)
    {
        if (ArxivId.TryFromUrl(url, out var id))
        {
            arxivId ??= id;
            return;
        }
        if (DigestUrl.Check(url, "url", at, diagnostics) is { } checkedUrl) links.Add(new PaperLink("Paper", checkedUrl));
    }

    /// <summary><c>links:</c> as a list of URLs or of {label, url}, or as a mapping "label: url".</summary>
    private static void AddLinks(YamlNode value, ImmutableArray<PaperLink>.Builder links, DiagnosticBag diagnostics)
    {
        switch (value)
        {
            case YamlMap byLabel:
                foreach (var (label, url) in byLabel.Entries) AddLink(label.Value, url, links, diagnostics);
                break;
            case YamlList list:
                foreach (var item in list.Items)
                {
                    if (item is YamlMap link)
                    {
                        var label = link.Entries.FirstOrDefault(e => e.Key.Value is "label" or "title" or "name").Value as YamlText;
                        var url = link.Entries.FirstOrDefault(e => e.Key.Value is "url" or "href").Value;
                        if (url is null) diagnostics.Warning(Where(item), "this link has no 'url:' and was ignored");
                        else AddLink(label?.Value, url, links, diagnostics);
                    }
                    else
                    {
                        AddLink(null, item, links, diagnostics);
                    }
                }
                break;
            case YamlText { Value: null }:
                break;
            default:
                diagnostics.Warning(Where(value), "'links' must be a list of URLs or of 'label: …, url: …' entries; it was ignored");
                break;
        }
    }

    private static void AddLink(string? label, YamlNode url, ImmutableArray<PaperLink>.Builder links, DiagnosticBag diagnostics)
    {
        if (Text(url, "link", diagnostics, Severity.Warning) is not { } text) return;
        if (DigestUrl.Check(text, "link", Where(url), diagnostics) is not { } checkedUrl) return;
        var cleanLabel = label is null ? "" : TextCleanup.CollapseWhitespace(label);
        links.Add(new PaperLink(cleanLabel.Length > 0 ? cleanLabel : "Link", checkedUrl));
    }

    private static int? ParseCount(string text, string at, DiagnosticBag diagnostics)
    {
        if (int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var count)) return count;
        diagnostics.Warning(at, $"upvotes '{TextCleanup.Shorten(text)}' is not a whole number and was ignored");
        return null;
    }

    private static DateOnly? ParsePublished(string text, string at, DiagnosticBag diagnostics)
    {
        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
        diagnostics.Warning(at, $"published '{TextCleanup.Shorten(text)}' is not a date and was ignored; write it as YYYY-MM-DD");
        return null;
    }
}
