using System.Collections.Concurrent;
using System.Collections.Frozen;

namespace PaperArchive.Topics;

/// <summary>
/// The vocabulary compiled for matching in O(tokens): every phrase token gets an integer id, phrases form a
/// trie over those ids, and each trie node lists the signals that end there. Patterns match single tokens and
/// are memoised per distinct token, so each regex runs once per word of the corpus, not once per occurrence.
/// </summary>
internal sealed class SignalIndex
{
    public const int NoToken = -1;

    private readonly Dictionary<string, int> tokenIds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> tokenIdsBySpan;
    private readonly Dictionary<long, int> edges = [];           // (node << 32 | tokenId) → child node
    private readonly List<List<int>> signalsEndingAt = [[]];     // node → signal ids; node 0 is the root
    private readonly (System.Text.RegularExpressions.Regex Regex, int Signal)[] patterns;
    private readonly ConcurrentDictionary<string, int[]> patternHits = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> patternHitsBySpan;

    public SignalIndex(TagVocabulary vocabulary)
    {
        tokenIdsBySpan = tokenIds.GetAlternateLookup<ReadOnlySpan<char>>();
        patternHitsBySpan = patternHits.GetAlternateLookup<ReadOnlySpan<char>>();
        var signalTag = new List<int>();
        var signalWeight = new List<double>();
        var signalLength = new List<int>();
        var patternList = new List<(System.Text.RegularExpressions.Regex, int)>();
        var sourceKeys = new Dictionary<string, SortedSet<int>>(StringComparer.Ordinal);

        for (var tag = 0; tag < vocabulary.Tags.Length; tag++)
        {
            var definition = vocabulary.Tags[tag];
            AddSourceKey(sourceKeys, TextNormalizer.Key(definition.Name), tag);
            AddSourceKey(sourceKeys, TextNormalizer.Key(definition.Slug), tag);
            foreach (var phrase in definition.Phrases)
            {
                var node = 0;
                foreach (var token in phrase.Tokens) node = Child(node, TokenId(token));
                signalsEndingAt[node].Add(signalTag.Count);
                AddSourceKey(sourceKeys, string.Join(' ', phrase.Tokens), tag);
                signalTag.Add(tag); signalWeight.Add(phrase.Weight); signalLength.Add(phrase.Tokens.Length);
            }
            foreach (var pattern in definition.Patterns)
            {
                patternList.Add((pattern.Regex, signalTag.Count));
                signalTag.Add(tag); signalWeight.Add(pattern.Weight); signalLength.Add(1);
            }
        }

        SignalTag = [.. signalTag];
        SignalWeight = [.. signalWeight];
        SignalLength = [.. signalLength];
        patterns = [.. patternList];
        SourceKeys = sourceKeys.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
    }

    public int[] SignalTag { get; }
    public double[] SignalWeight { get; }
    public int[] SignalLength { get; }
    public int SignalCount => SignalTag.Length;

    /// <summary>Normalised tag name, slug or phrase → tags it names, for mapping digest-given tags.</summary>
    public FrozenDictionary<string, int[]> SourceKeys { get; }

    /// <summary>Id of a normalised token, or <see cref="NoToken"/> when no phrase uses it.</summary>
    public int IdOf(ReadOnlySpan<char> token) => tokenIdsBySpan.TryGetValue(token, out var id) ? id : NoToken;

    /// <summary>Child of <paramref name="node"/> along <paramref name="tokenId"/>, or -1.</summary>
    public int Next(int node, int tokenId) =>
        tokenId != NoToken && edges.TryGetValue(((long)node << 32) | (uint)tokenId, out var child) ? child : -1;

    public List<int> SignalsEndingAt(int node) => signalsEndingAt[node];

    /// <summary>Pattern signals matching this whole token (memoised; thread-safe).</summary>
    public int[] PatternSignals(ReadOnlySpan<char> token)
    {
        // Numbers never name a topic; skipping them keeps the memo from filling with "#12345"-style ids.
        if (patterns.Length == 0 || !token.ContainsAnyExceptInRange('0', '9')) return [];
        if (patternHitsBySpan.TryGetValue(token, out var hits)) return hits;
        var text = token.ToString();
        return patternHits.GetOrAdd(text, t => patterns.Where(p => p.Regex.IsMatch(t)).Select(p => p.Signal).ToArray());
    }

    private int TokenId(string token)
    {
        if (!tokenIds.TryGetValue(token, out var id)) tokenIds[token] = id = tokenIds.Count;
        return id;
    }

    private int Child(int node, int tokenId)
    {
        var key = ((long)node << 32) | (uint)tokenId;
        if (edges.TryGetValue(key, out var child)) return child;
        edges[key] = child = signalsEndingAt.Count;
        signalsEndingAt.Add([]);
        return child;
    }

    private static void AddSourceKey(Dictionary<string, SortedSet<int>> keys, string key, int tag)
    {
        if (key.Length == 0) return;
        if (!keys.TryGetValue(key, out var tags)) keys[key] = tags = [];
        tags.Add(tag);
    }
}
