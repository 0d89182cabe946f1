using PaperArchive.Diagnostics;

namespace PaperArchive.Digests;

/// <summary>Links from digests end up in <c>href</c>s, so only absolute http(s) URLs are kept.</summary>
internal static class DigestUrl
{
    /// <summary>The trimmed URL when it is absolute http or https; otherwise warns (naming the field) and returns null.</summary>
    public static string? Check(string raw, string fieldName, string? location, DiagnosticBag diagnostics)
    {
        var text = raw.Trim();
        if (text.Length == 0) return null;
        if (Uri.TryCreate(text, UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            && uri.Host.Length > 0)
        {
            return text;
        }
        diagnostics.Warning(location, $"the {fieldName} '{TextCleanup.Shorten(text)}' is not an http(s) URL and was dropped; write a full address starting with https://");
        return null;
    }
}
