namespace PaperArchive.Lunr;

/// <summary>
/// lunr's default pipelines. Building runs trimmer → stop-word filter → stemmer on every token; searching
/// runs only the stemmer, and the serialized index names just that search pipeline.
/// </summary>
public static class TokenPipeline
{
    public static IReadOnlyList<string> SearchPipelineLabels { get; } = ["stemmer"];

    /// <summary>The index term for a lowercased token, or null when the stop-word filter removes it.</summary>
    public static string? ToTerm(ReadOnlySpan<char> lowercasedToken)
    {
        var trimmed = Trimmer.Trim(lowercasedToken);
        if (StopWordFilter.IsStopWord(trimmed)) return null;
        return PorterStemmer.Stem(trimmed.ToString());
    }
}
