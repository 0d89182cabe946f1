using System.Collections.Frozen;

namespace PaperArchive.Topics;

/// <summary>
/// Words that say nothing about what a paper is about: English function words and the boilerplate of
/// abstracts ("we propose a novel method… results show"). Stored normalised, as <see cref="TokenReader"/> yields them.
/// </summary>
internal static class StopWords
{
    private static readonly string[] Words =
    [
        // English function words
        "a", "about", "above", "after", "again", "against", "all", "also", "although", "am", "among", "an", "and", "any",
        "are", "as", "at", "be", "because", "been", "before", "being", "below", "between", "both", "but", "by", "can",
        "cannot", "could", "did", "do", "does", "doing", "down", "due", "during", "each", "either", "else", "etc", "even",
        "ever", "every", "few", "for", "from", "further", "had", "has", "have", "having", "he", "her", "here", "hers",
        "him", "his", "how", "however", "i", "if", "in", "into", "is", "it", "its", "itself", "just", "may", "me",
        "might", "more", "most", "much", "must", "my", "neither", "no", "nor", "not", "now", "of", "off", "often", "on",
        "once", "only", "or", "other", "others", "our", "ours", "out", "over", "own", "per", "rather", "same", "shall",
        "she", "should", "since", "so", "some", "such", "than", "that", "the", "their", "them", "then", "there",
        "therefore", "these", "they", "this", "those", "though", "through", "thus", "to", "too", "under", "until", "up",
        "upon", "us", "very", "via", "was", "we", "were", "what", "when", "where", "whether", "which", "while", "who",
        "whom", "whose", "why", "will", "with", "within", "without", "would", "yet", "you", "your", "i.e", "e.g",
        // Abstract boilerplate
        "paper", "work", "propose", "proposed", "present", "introduce", "novel", "new", "method", "methods", "approach",
        "approaches", "result", "results", "show", "shows", "demonstrate", "demonstrates", "based", "using", "use", "used",
        "well", "different", "various", "several", "many", "first", "two", "one", "three", "existing", "recent",
        "recently", "study", "studies", "provide", "provides", "also", "can", "however", "furthermore", "moreover",
        "achieve", "achieves", "significant", "significantly", "state", "art", "experiments", "experimental", "compared",
        "performance", "effective", "effectively", "efficient", "key", "important", "challenge", "challenging",
        "problem", "problems", "task", "tasks", "able", "allows", "enable", "enables", "known", "make", "makes", "way",
        "ways", "find", "found", "given", "general", "high", "large", "small", "simple", "need", "non",
    ];

    private static readonly FrozenSet<string> Normalised = Words
        .SelectMany(TextNormalizer.Tokens)
        .ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> BySpan = Normalised.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool Contains(ReadOnlySpan<char> normalisedToken) => BySpan.Contains(normalisedToken);
}
