namespace PaperArchive.Lunr;

/// <summary>
/// A builder's pipeline. <see cref="Lunr"/> is lunr's default: the tokenizer splits on whitespace and hyphens, and
/// building runs trimmer → stop-word filter → stemmer on every token; searching runs only the stemmer, and the
/// serialized index names just that search pipeline. <see cref="Folding"/> puts <see cref="TermFolding"/> first on
/// both sides and splits tokens on whitespace alone (the fold function splits hyphenated words, keeping them whole too).
/// </summary>
public sealed class TokenPipeline
{
    public static TokenPipeline Lunr { get; } = new(folds: false);
    public static TokenPipeline Folding { get; } = new(folds: true);

    private TokenPipeline(bool folds)
    {
        Folds = folds;
        SearchPipelineLabels = folds ? [TermFolding.Label, "stemmer"] : ["stemmer"];
    }

    /// <summary>Whether <see cref="TermFolding"/> runs first (and hyphens are left to it rather than the tokenizer).</summary>
    public bool Folds { get; }

    /// <summary>The search pipeline's labels, which is what lunr serializes.</summary>
    public IReadOnlyList<string> SearchPipelineLabels { get; }

    /// <summary>The index term for a lowercased token, or null when the stop-word filter removes it (lunr's own steps).</summary>
    public static string? ToTerm(ReadOnlySpan<char> lowercasedToken)
    {
        var trimmed = Trimmer.Trim(lowercasedToken);
        if (StopWordFilter.IsStopWord(trimmed)) return null;
        return PorterStemmer.Stem(trimmed.ToString());
    }

    /// <summary>Appends the index terms of a lowercased token, in lunr's order (none, one, or several when folding splits it).</summary>
    public void ToTerms(ReadOnlySpan<char> lowercasedToken, List<string> terms)
    {
        if (!Folds)
        {
            if (ToTerm(lowercasedToken) is { } term) terms.Add(term);
            return;
        }
        var folded = new List<string>(4);
        TermFolding.Fold(lowercasedToken, folded);
        foreach (var token in folded)
            if (ToTerm(token) is { } term) terms.Add(term);
    }
}
