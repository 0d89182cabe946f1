using System.Text.RegularExpressions;

namespace PaperArchive.Digests;

/// <summary>arXiv identifiers as digests write them: bare, with an <c>arXiv:</c> prefix, a version, or as an abs/pdf URL.</summary>
public static partial class ArxivId
{
    // New style 2410.17243 (4 or 5 digits after the dot since 2015) or old style hep-th/9901001, math.AG/0601001.
    [GeneratedRegex(@"^(?:\d{4}\.\d{4,5}|[a-z][a-z\-]*(?:\.[A-Z]{2})?/\d{7})$", RegexOptions.CultureInvariant)]
    private static partial Regex Shape();

    [GeneratedRegex(@"v\d+$", RegexOptions.CultureInvariant)]
    private static partial Regex VersionSuffix();

    [GeneratedRegex(@"^https?://(?:www\.|export\.)?(?:arxiv\.org/(?:abs|pdf)|huggingface\.co/papers)/(?<id>.+?)(?:\.pdf)?/?(?:[?#].*)?$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PaperUrl();

    /// <summary>The abstract page of a (normalised) id.</summary>
    public static string AbsUrl(string id) => "https://arxiv.org/abs/" + id;
    /// <summary>The PDF of a (normalised) id.</summary>
    public static string PdfUrl(string id) => "https://arxiv.org/pdf/" + id;

    /// <summary>Normalises <paramref name="raw"/> to a bare, unversioned id; false when it is not shaped like one.</summary>
    public static bool TryNormalize(string? raw, out string id)
    {
        id = "";
        if (string.IsNullOrWhiteSpace(raw)) return false;
        var text = raw.Trim();
        if (text.Length > 200) return false;

        var url = PaperUrl().Match(text);
        if (url.Success) text = url.Groups["id"].Value;
        else if (text.StartsWith("arxiv:", StringComparison.OrdinalIgnoreCase)) text = text["arxiv:".Length..].Trim();

        text = VersionSuffix().Replace(text, "");
        if (!Shape().IsMatch(text)) return false;
        id = text;
        return true;
    }

    /// <summary>True when <paramref name="url"/> points at an arXiv (or Hugging Face) paper page; gives its id.</summary>
    public static bool TryFromUrl(string url, out string id)
    {
        id = "";
        return PaperUrl().IsMatch(url.Trim()) && TryNormalize(url, out id);
    }
}
