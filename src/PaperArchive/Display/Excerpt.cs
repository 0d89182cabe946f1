namespace PaperArchive.Display;

public static class Excerpt
{
    /// <summary>The start of a text, cut at a word boundary and ended with an ellipsis when cut.</summary>
    public static string Of(string text, int maxLength)
    {
        var flat = text.ReplaceLineEndings(" ");
        if (flat.Length <= maxLength) return flat;
        var cut = flat.LastIndexOf(' ', maxLength);
        if (cut < maxLength / 2) cut = maxLength;
        // Never split a surrogate pair (emoji, rare CJK).
        if (char.IsHighSurrogate(flat[cut - 1])) cut--;
        return flat[..cut].TrimEnd(' ', ',', ';', ':') + "…";
    }
}
