using System.Collections.Immutable;
using PaperArchive.Model;

namespace PaperArchive.Topics;

/// <summary>
/// Assigns topic tags from a <see cref="TagVocabulary"/>. Score of a tag = Σ over its matched signals of
/// weight × (TitleFactor × r(title matches) + r(abstract matches)), r(c) = min(log2(1 + c), MaxRepeatFactor),
/// plus SourceTagBonus when a digest-given tag names it. Matching walks a token trie, so a paper costs
/// O(tokens × longest phrase). Thread-safe; results do not depend on threads or order.
/// </summary>
public sealed class Tagger
{
    private readonly TagVocabulary vocabulary;
    private readonly SignalIndex index;
    private readonly TaggingOptions options;
    private readonly int uncategorized;

    [ThreadStatic] private static Scratch? threadScratch;

    public Tagger(TagVocabulary vocabulary, TaggingOptions? options = null)
    {
        this.vocabulary = vocabulary;
        this.options = options ?? new TaggingOptions();
        index = new SignalIndex(vocabulary);
        uncategorized = vocabulary.Tags.IndexOf(vocabulary.Uncategorized);
    }

    public TagVocabulary Vocabulary => vocabulary;

    /// <summary>Every tag with a positive score, best first (ties by slug, ordinal).</summary>
    public ImmutableArray<TagScore> Score(string title, string abstractText, IEnumerable<string> sourceTags)
    {
        var scratch = RentScratch();
        Accumulate(scratch, title, abstractText, sourceTags);
        var scores = ImmutableArray.CreateBuilder<TagScore>();
        for (var tag = 0; tag < scratch.TagScores.Length; tag++)
            if (scratch.TagScores[tag] > 0) scores.Add(new TagScore(vocabulary.Tags[tag].Slug, scratch.TagScores[tag]));
        scores.Sort(BestFirst);
        return scores.ToImmutable();
    }

    /// <summary>1 to <see cref="TaggingOptions.MaxTags"/> slugs, best first; <c>uncategorized</c> when nothing qualifies.</summary>
    public ImmutableArray<string> Assign(string title, string abstractText, IEnumerable<string> sourceTags)
    {
        var scores = Score(title, abstractText, sourceTags);
        if (scores.IsEmpty) return [TagVocabulary.UncategorizedSlug];
        var floor = Math.Max(options.MinScore, scores[0].Score * options.MinFractionOfBest);
        var slugs = scores.Where(s => s.Score >= floor && s.Slug != TagVocabulary.UncategorizedSlug)
            .Take(options.MaxTags).Select(s => s.Slug).ToImmutableArray();
        return slugs.IsEmpty ? [TagVocabulary.UncategorizedSlug] : slugs;
    }

    public ImmutableArray<string> Assign(Paper paper) => Assign(paper.Title, paper.Abstract, paper.SourceTags);

    /// <summary>The papers with <see cref="Paper.Tags"/> filled, same order; runs in parallel, deterministic.</summary>
    public ImmutableArray<Paper> TagAll(ImmutableArray<Paper> papers)
    {
        var tagged = new Paper[papers.Length];
        Parallel.For(0, papers.Length, i => tagged[i] = papers[i] with { Tags = Assign(papers[i]) });
        return ImmutableArray.Create(tagged);
    }

    /// <summary>The archive with its papers tagged (by any means: see the build cache) and the vocabulary's tags.</summary>
    public static Archive WithTags(Archive archive, ImmutableArray<Paper> tagged, TagVocabulary vocabulary) =>
        archive.WithPapers(tagged, [.. vocabulary.Tags.Select(t => new Tag(t.Slug, t.Name, t.Description))]);

    private static int BestFirst(TagScore a, TagScore b)
    {
        var byScore = b.Score.CompareTo(a.Score);
        return byScore != 0 ? byScore : string.CompareOrdinal(a.Slug, b.Slug);
    }

    private Scratch RentScratch()
    {
        var scratch = threadScratch;
        if (scratch is null || scratch.Owner != index) threadScratch = scratch = new Scratch(index, vocabulary.Tags.Length);
        scratch.Reset();
        return scratch;
    }

    private void Accumulate(Scratch scratch, string title, string abstractText, IEnumerable<string> sourceTags)
    {
        CountMatches(scratch, title, scratch.TitleCounts);
        CountMatches(scratch, abstractText, scratch.AbstractCounts);
        foreach (var signal in scratch.TouchedSignals)
        {
            var repeat = options.TitleFactor * Repeat(scratch.TitleCounts[signal]) + Repeat(scratch.AbstractCounts[signal]);
            scratch.TagScores[index.SignalTag[signal]] += index.SignalWeight[signal] * repeat;
        }
        foreach (var sourceTag in sourceTags)
            if (index.SourceKeys.TryGetValue(TextNormalizer.Key(sourceTag), out var tags))
                foreach (var tag in tags) scratch.SourceNamed[tag] = true;
        for (var tag = 0; tag < scratch.TagScores.Length; tag++)
            if (scratch.SourceNamed[tag]) scratch.TagScores[tag] += options.SourceTagBonus;
        scratch.TagScores[uncategorized] = 0;
    }

    private double Repeat(int count) => count == 0 ? 0 : Math.Min(Math.Log2(1 + count), options.MaxRepeatFactor);

    /// <summary>
    /// Counts signal matches in one field. At each start position the longest phrase of a tag wins, and a tag's
    /// later phrase overlapping one already counted is skipped, so "multi-agent reinforcement learning" counts
    /// once for its tag, not also as "reinforcement learning".
    /// </summary>
    private void CountMatches(Scratch scratch, string text, int[] counts)
    {
        var ids = scratch.TokenIds;
        var hits = scratch.PatternHits;
        ids.Clear();
        hits.Clear();
        var reader = new TokenReader(text, stackalloc char[TokenReader.MaxTokenLength]);
        while (reader.TryRead(out var token))
        {
            ids.Add(index.IdOf(token));
            hits.Add(index.PatternSignals(token));
        }

        Array.Fill(scratch.CoveredUntil, 0);
        var ends = scratch.PhraseEnds;
        for (var start = 0; start < ids.Count; start++)
        {
            ends.Clear();
            var node = 0;
            for (var end = start; end < ids.Count && (node = index.Next(node, ids[end])) > 0; end++)
                if (index.SignalsEndingAt(node).Count > 0) ends.Add(node);
            for (var e = ends.Count - 1; e >= 0; e--)
                foreach (var signal in index.SignalsEndingAt(ends[e])) Count(scratch, counts, signal, start);
            foreach (var signal in hits[start]) Count(scratch, counts, signal, start);
        }
    }

    private void Count(Scratch scratch, int[] counts, int signal, int start)
    {
        var tag = index.SignalTag[signal];
        if (scratch.CoveredUntil[tag] > start) return;
        scratch.CoveredUntil[tag] = start + index.SignalLength[signal];
        if (scratch.TitleCounts[signal] == 0 && scratch.AbstractCounts[signal] == 0) scratch.TouchedSignals.Add(signal);
        counts[signal]++;
    }

    /// <summary>Per-thread working arrays, reused across papers so tagging 100,000 papers allocates little.</summary>
    private sealed class Scratch(SignalIndex owner, int tagCount)
    {
        public SignalIndex Owner { get; } = owner;
        public int[] TitleCounts { get; } = new int[owner.SignalCount];
        public int[] AbstractCounts { get; } = new int[owner.SignalCount];
        public List<int> TouchedSignals { get; } = [];
        public double[] TagScores { get; } = new double[tagCount];
        public bool[] SourceNamed { get; } = new bool[tagCount];
        public int[] CoveredUntil { get; } = new int[tagCount];
        public List<int> TokenIds { get; } = [];
        public List<int[]> PatternHits { get; } = [];
        public List<int> PhraseEnds { get; } = [];

        public void Reset()
        {
            foreach (var signal in TouchedSignals) TitleCounts[signal] = AbstractCounts[signal] = 0;
            TouchedSignals.Clear();
            Array.Clear(TagScores);
            Array.Clear(SourceNamed);
        }
    }
}
