using System.Collections.Frozen;

namespace PaperArchive.Lunr;

/// <summary>lunr.stopWordFilter: drops the 119 English stop words lunr 2.3.9 ships (exact, lowercase match).</summary>
public static class StopWordFilter
{
    public static readonly FrozenSet<string> Words = FrozenSet.Create(StringComparer.Ordinal,
    [
        "a", "able", "about", "across", "after", "all", "almost", "also", "am", "among", "an", "and", "any",
        "are", "as", "at", "be", "because", "been", "but", "by", "can", "cannot", "could", "dear", "did",
        "do", "does", "either", "else", "ever", "every", "for", "from", "get", "got", "had", "has", "have",
        "he", "her", "hers", "him", "his", "how", "however", "i", "if", "in", "into", "is", "it", "its",
        "just", "least", "let", "like", "likely", "may", "me", "might", "most", "must", "my", "neither",
        "no", "nor", "not", "of", "off", "often", "on", "only", "or", "other", "our", "own", "rather",
        "said", "say", "says", "she", "should", "since", "so", "some", "than", "that", "the", "their",
        "them", "then", "there", "these", "they", "this", "tis", "to", "too", "twas", "us", "wants", "was",
        "we", "were", "what", "when", "where", "which", "while", "who", "whom", "why", "will", "with",
        "would", "yet", "you", "your",
    ]);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> WordsBySpan =
        Words.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool IsStopWord(ReadOnlySpan<char> token) => WordsBySpan.Contains(token);
}
