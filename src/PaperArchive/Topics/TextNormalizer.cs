namespace PaperArchive.Topics;

/// <summary>Allocating conveniences over <see cref="TokenReader"/> for phrases, keys and tests.</summary>
public static class TextNormalizer
{
    /// <summary>The normalised tokens of <paramref name="text"/>.</summary>
    public static List<string> Tokens(string text)
    {
        var tokens = new List<string>();
        var reader = new TokenReader(text, stackalloc char[TokenReader.MaxTokenLength]);
        while (reader.TryRead(out var token)) tokens.Add(token.ToString());
        return tokens;
    }

    /// <summary>The tokens joined by single spaces: the comparison key of a phrase, a source tag or a title.</summary>
    public static string Key(string text) => string.Join(' ', Tokens(text));
}
