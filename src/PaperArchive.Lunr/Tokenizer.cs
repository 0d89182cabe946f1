using PaperArchive.Lunr.Js;

namespace PaperArchive.Lunr;

/// <summary>
/// lunr.tokenizer: a string is lowercased and split on <c>/[\s\-]+/</c> (JS <c>\s</c>, which includes
/// U+FEFF and U+2028/2029 but not U+0085); an array gives one lowercased token per element, unsplit.
/// </summary>
public static class Tokenizer
{
    public static bool IsSeparator(char c) => c == '-' || IsWhitespace(c);

    /// <summary>JS <c>\s</c>: the separators of a tokenizer that leaves hyphens to the pipeline (<see cref="TermFolding"/>).</summary>
    public static bool IsWhitespace(char c) => c switch
    {
        '\t' or '\n' or '\v' or '\f' or '\r' or ' ' or '\u00A0' or '\u1680' or '\u2028' or '\u2029'
            or '\u202F' or '\u205F' or '\u3000' or '\uFEFF' => true,
        >= '\u2000' and <= '\u200A' => true,
        _ => false,
    };

    /// <summary>
    /// Finds the next token of <paramref name="text"/> at or after <paramref name="position"/>, unlowered
    /// (no character's lowercase form is a separator, so splitting first and lowering each token is equivalent).
    /// </summary>
    public static bool TryReadToken(ReadOnlySpan<char> text, ref int position, out Range token, bool splitOnHyphens = true)
    {
        var start = position;
        while (start < text.Length && IsSeparator(text[start], splitOnHyphens)) start++;
        var end = start;
        while (end < text.Length && !IsSeparator(text[end], splitOnHyphens)) end++;
        position = end;
        token = start..end;
        return end > start;
    }

    private static bool IsSeparator(char c, bool splitOnHyphens) => splitOnHyphens ? IsSeparator(c) : IsWhitespace(c);

    /// <summary>The lowercased tokens of a field value, as lunr.tokenizer would return them.</summary>
    public static IReadOnlyList<string> Tokenize(FieldValue value)
    {
        if (value.Items is { } items) return items.Select(item => JsLowerCase.ToLower(item ?? "")).ToList();
        if (value.Text is not { } text) return [];
        var tokens = new List<string>();
        var position = 0;
        while (TryReadToken(text, ref position, out var token)) tokens.Add(JsLowerCase.ToLower(text[token]));
        return tokens;
    }
}
