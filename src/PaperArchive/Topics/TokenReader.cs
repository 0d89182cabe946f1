namespace PaperArchive.Topics;

/// <summary>
/// Splits text into normalised tokens: runs of letters or digits, lowercased (invariant), stemmed by
/// <see cref="LightStemmer"/>. Everything else — spaces, hyphens, punctuation, TeX — separates tokens, so
/// "multi-agent" and "multi agent" are the same two tokens and "URL" is one token that never equals "rl".
/// Tags, phrases and related-paper terms all go through this one reader so they always agree.
/// </summary>
public ref struct TokenReader
{
    /// <summary>Longest token kept in full; longer runs (hashes, squashed URLs) are truncated.</summary>
    public const int MaxTokenLength = 64;

    private readonly ReadOnlySpan<char> text;
    private readonly Span<char> buffer;
    private int position;

    /// <param name="buffer">Scratch space of at least <see cref="MaxTokenLength"/> chars (stackalloc it).</param>
    public TokenReader(ReadOnlySpan<char> text, Span<char> buffer)
    {
        if (buffer.Length < MaxTokenLength) throw new ArgumentException($"Buffer must hold {MaxTokenLength} chars.", nameof(buffer));
        this.text = text;
        this.buffer = buffer;
    }

    /// <summary>Reads the next token; the span is valid until the next call. Allocation-free.</summary>
    public bool TryRead(out ReadOnlySpan<char> token)
    {
        while (position < text.Length && !char.IsLetterOrDigit(text[position])) position++;
        var length = 0;
        while (position < text.Length && char.IsLetterOrDigit(text[position]))
        {
            if (length < MaxTokenLength) buffer[length++] = char.ToLowerInvariant(text[position]);
            position++;
        }
        token = buffer[..LightStemmer.Stem(buffer[..length])];
        return length > 0;
    }
}
