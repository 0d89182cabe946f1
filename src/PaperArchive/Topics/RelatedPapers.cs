using System.Collections.Immutable;
using PaperArchive.Model;

namespace PaperArchive.Topics;

/// <summary>
/// Related papers by TF-IDF cosine over title + abstract. Not quadratic: each paper looks up only its
/// <see cref="RelatedOptions.QueryTerms"/> strongest discriminative terms in an inverted index and reads at most
/// <see cref="RelatedOptions.MaxPostingsPerTerm"/> postings per term, so the work per paper is bounded by
/// QueryTerms × MaxPostingsPerTerm whatever N is. The best candidates are then re-ranked by exact cosine.
/// </summary>
public static class RelatedPapers
{
    /// <summary>
    /// The papers with <see cref="Paper.Related"/> filled (slugs, most similar first; ties by slug, ordinal),
    /// in the order given. Near-duplicates (cosine ≥ 0.9, or the same normalised title or abstract) are never listed.
    /// </summary>
    public static ImmutableArray<Paper> WithRelated(ImmutableArray<Paper> papers, int max = 5) =>
        WithRelated(papers, new RelatedOptions { MaxRelated = max });

    public static ImmutableArray<Paper> WithRelated(ImmutableArray<Paper> papers, RelatedOptions options)
    {
        // Rank by slug so index ties in Compute are slug ties, whatever order the caller uses.
        var bySlug = Enumerable.Range(0, papers.Length).OrderBy(i => papers[i].Slug, StringComparer.Ordinal).ToArray();
        var related = Compute(bySlug.Select(i => (papers[i].Title, papers[i].Abstract)).ToArray(), options);
        var result = new Paper[papers.Length];
        for (var rank = 0; rank < bySlug.Length; rank++)
        {
            var paper = papers[bySlug[rank]];
            result[bySlug[rank]] = paper with { Related = [.. related[rank].Select(r => papers[bySlug[r]].Slug)] };
        }
        return ImmutableArray.Create(result);
    }

    public static Archive WithRelated(Archive archive, int max = 5) => archive.WithPapers(WithRelated(archive.Papers, max));

    /// <summary>For each document, the indices of up to MaxRelated related documents, most similar first (ties by index).</summary>
    public static ImmutableArray<ImmutableArray<int>> Compute(IReadOnlyList<(string Title, string Abstract)> documents, RelatedOptions? options = null)
    {
        options ??= new RelatedOptions();
        var corpus = TfIdfCorpus.Build(documents, options);
        var result = new ImmutableArray<int>[corpus.Count];
        Parallel.For(0, corpus.Count,
            () => new Accumulator(corpus.Count),
            (d, _, accumulator) =>
            {
                result[d] = RelatedTo(corpus, d, accumulator, options);
                return accumulator;
            },
            _ => { });
        return ImmutableArray.Create(result);
    }

    private static ImmutableArray<int> RelatedTo(TfIdfCorpus corpus, int query, Accumulator accumulator, RelatedOptions options)
    {
        foreach (var (term, weight) in StrongestTerms(corpus, query, options.QueryTerms, accumulator.QueryTerms))
        {
            var end = Math.Min(corpus.PostingStart[term + 1], corpus.PostingStart[term] + options.MaxPostingsPerTerm);
            for (var p = corpus.PostingStart[term]; p < end; p++)
                accumulator.Add(corpus.PostingDocs[p], weight * corpus.PostingWeights[p]);
        }

        var candidates = accumulator.TakeBest(options.Candidates, except: query);
        var ranked = new List<(double Cosine, int Doc)>(candidates.Count);
        foreach (var doc in candidates)
        {
            if (corpus.SameText(query, doc)) continue;
            var cosine = Cosine(corpus, query, doc);
            if (cosine >= options.MinCosine && cosine < options.NearDuplicateCosine) ranked.Add((cosine, doc));
        }
        ranked.Sort((a, b) => a.Cosine != b.Cosine ? b.Cosine.CompareTo(a.Cosine) : a.Doc.CompareTo(b.Doc));
        return [.. ranked.Take(options.MaxRelated).Select(r => r.Doc)];
    }

    /// <summary>The query's indexed terms with the largest weights (ties by term id), at most <paramref name="count"/>.</summary>
    private static List<(int Term, float Weight)> StrongestTerms(TfIdfCorpus corpus, int doc, int count, List<(int Term, float Weight)> buffer)
    {
        buffer.Clear();
        for (var i = corpus.RowStart[doc]; i < corpus.RowStart[doc + 1]; i++)
            if (corpus.IsIndexed(corpus.Terms[i])) buffer.Add((corpus.Terms[i], corpus.Weights[i]));
        buffer.Sort((a, b) => a.Weight != b.Weight ? b.Weight.CompareTo(a.Weight) : a.Term.CompareTo(b.Term));
        if (buffer.Count > count) buffer.RemoveRange(count, buffer.Count - count);
        return buffer;
    }

    /// <summary>Exact cosine of two unit vectors: a merge over their ascending term ids.</summary>
    private static double Cosine(TfIdfCorpus corpus, int a, int b)
    {
        double dot = 0;
        int i = corpus.RowStart[a], endA = corpus.RowStart[a + 1], j = corpus.RowStart[b], endB = corpus.RowStart[b + 1];
        while (i < endA && j < endB)
        {
            var (ta, tb) = (corpus.Terms[i], corpus.Terms[j]);
            if (ta == tb) dot += (double)corpus.Weights[i++] * corpus.Weights[j++];
            else if (ta < tb) i++;
            else j++;
        }
        return dot;
    }

    /// <summary>Per-thread dense score array plus the list of touched entries, reset after each query.</summary>
    private sealed class Accumulator(int documents)
    {
        private readonly float[] scores = new float[documents];
        private readonly List<int> touched = [];

        public List<(int Term, float Weight)> QueryTerms { get; } = [];

        public void Add(int doc, float score)
        {
            if (scores[doc] == 0) touched.Add(doc);
            scores[doc] += score;
        }

        /// <summary>The <paramref name="count"/> best-scoring touched documents (ties by index), then clears.</summary>
        public List<int> TakeBest(int count, int except)
        {
            var best = new List<int>(count + 1);
            foreach (var doc in touched)
            {
                if (doc == except) continue;
                if (best.Count == count && !Better(doc, best[^1])) continue;
                var at = best.Count;
                while (at > 0 && Better(doc, best[at - 1])) at--;
                best.Insert(at, doc);
                if (best.Count > count) best.RemoveAt(count);
            }
            foreach (var doc in touched) scores[doc] = 0;
            touched.Clear();
            return best;
        }

        private bool Better(int a, int b) => scores[a] != scores[b] ? scores[a] > scores[b] : a < b;
    }
}
