namespace PaperArchive.Topics;

/// <summary>
/// L2-normalised TF-IDF vectors of a set of documents (title words weighted higher, stop words and numbers
/// dropped) in compressed sparse rows, plus an inverted index over the discriminative terms with each
/// posting list ordered highest weight first. Memory is O(total distinct terms per document), never N×N.
/// </summary>
internal sealed class TfIdfCorpus
{
    private TfIdfCorpus(int[] rowStart, int[] terms, float[] weights, int[] postingStart, int[] postingDocs, float[] postingWeights, ulong[] titleHash, ulong[] abstractHash)
    {
        RowStart = rowStart;
        Terms = terms;
        Weights = weights;
        PostingStart = postingStart;
        PostingDocs = postingDocs;
        PostingWeights = postingWeights;
        this.titleHash = titleHash;
        this.abstractHash = abstractHash;
    }

    private readonly ulong[] titleHash;
    private readonly ulong[] abstractHash;

    public int Count => RowStart.Length - 1;

    /// <summary>Document d's terms (ascending ids) are Terms[RowStart[d]..RowStart[d+1]], weights alongside.</summary>
    public int[] RowStart { get; }
    public int[] Terms { get; }
    public float[] Weights { get; }

    /// <summary>Term t's postings are PostingDocs/PostingWeights[PostingStart[t]..PostingStart[t+1]]; empty when not indexed.</summary>
    public int[] PostingStart { get; }
    public int[] PostingDocs { get; }
    public float[] PostingWeights { get; }

    /// <summary>Same normalised title or same normalised abstract: the same paper twice, whatever the cosine says.</summary>
    public bool SameText(int a, int b) =>
        (titleHash[a] != EmptyHash && titleHash[a] == titleHash[b]) || (abstractHash[a] != EmptyHash && abstractHash[a] == abstractHash[b]);

    public bool IsIndexed(int term) => PostingStart[term + 1] > PostingStart[term];

    public static TfIdfCorpus Build(IReadOnlyList<(string Title, string Abstract)> documents, RelatedOptions options)
    {
        var termIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var rowStart = new int[documents.Count + 1];
        var terms = new List<int>(documents.Count * 64);
        var counts = new List<float>(documents.Count * 64);
        var documentFrequency = new List<int>();
        var occurrences = new List<int>();
        var titleHash = new ulong[documents.Count];
        var abstractHash = new ulong[documents.Count];

        for (var d = 0; d < documents.Count; d++)
        {
            occurrences.Clear();
            titleHash[d] = AddTokens(documents[d].Title, termIds, occurrences, options.TitleWeight);
            abstractHash[d] = AddTokens(documents[d].Abstract, termIds, occurrences, 1);

            // Sorting the occurrence list turns it into (term, count) runs without a per-document dictionary.
            occurrences.Sort();
            for (var i = 0; i < occurrences.Count;)
            {
                var term = occurrences[i];
                var run = i;
                while (i < occurrences.Count && occurrences[i] == term) i++;
                terms.Add(term);
                counts.Add(i - run);
                while (documentFrequency.Count <= term) documentFrequency.Add(0);
                documentFrequency[term]++;
            }
            rowStart[d + 1] = terms.Count;
        }

        var termArray = terms.ToArray();
        var weights = Weigh(rowStart, termArray, counts, documentFrequency);
        var (postingStart, postingDocs, postingWeights) = Invert(rowStart, termArray, weights, documentFrequency, options);
        return new TfIdfCorpus(rowStart, termArray, weights, postingStart, postingDocs, postingWeights, titleHash, abstractHash);
    }

    private const ulong EmptyHash = 14695981039346656037; // FNV-1a offset basis: the hash of no tokens

    /// <summary>
    /// Appends each kept token's id <paramref name="repeat"/> times; returns a 64-bit FNV-1a hash of all the
    /// normalised tokens, so duplicate texts are found without keeping their strings.
    /// </summary>
    private static ulong AddTokens(string text, Dictionary<string, int> termIds, List<int> occurrences, int repeat)
    {
        var lookup = termIds.GetAlternateLookup<ReadOnlySpan<char>>();
        var hash = EmptyHash;
        var reader = new TokenReader(text, stackalloc char[TokenReader.MaxTokenLength]);
        while (reader.TryRead(out var token))
        {
            foreach (var c in token) hash = (hash ^ c) * 1099511628211;
            hash = (hash ^ ' ') * 1099511628211;
            if (token.Length < 2 || IsNumber(token) || StopWords.Contains(token)) continue;
            if (!lookup.TryGetValue(token, out var id)) lookup[token] = id = termIds.Count;
            for (var r = 0; r < repeat; r++) occurrences.Add(id);
        }
        return hash;
    }

    private static bool IsNumber(ReadOnlySpan<char> token)
    {
        foreach (var c in token) if (!char.IsDigit(c)) return false;
        return true;
    }

    /// <summary>(1 + ln tf) × ln(N / df), then each row scaled to unit length.</summary>
    private static float[] Weigh(int[] rowStart, int[] terms, List<float> counts, List<int> documentFrequency)
    {
        var n = rowStart.Length - 1;
        var weights = new float[terms.Length];
        for (var d = 0; d < n; d++)
        {
            double norm = 0;
            for (var i = rowStart[d]; i < rowStart[d + 1]; i++)
            {
                var w = (1 + Math.Log(counts[i])) * Math.Log((double)n / documentFrequency[terms[i]]);
                weights[i] = (float)w;
                norm += w * w;
            }
            if (norm == 0) continue;
            var scale = 1 / Math.Sqrt(norm);
            for (var i = rowStart[d]; i < rowStart[d + 1]; i++) weights[i] = (float)(weights[i] * scale);
        }
        return weights;
    }

    /// <summary>
    /// Posting lists for terms shared by at least two papers and by at most <see cref="RelatedOptions.MaxDocumentFrequency"/>
    /// of them. Lists longer than <see cref="RelatedOptions.MaxPostingsPerTerm"/> are ordered by weight descending
    /// (doc id ascending on ties) so a query can read just their head.
    /// </summary>
    private static (int[] Start, int[] Docs, float[] Weights) Invert(int[] rowStart, int[] terms, float[] weights, List<int> documentFrequency, RelatedOptions options)
    {
        var n = rowStart.Length - 1;
        var maxDf = Math.Max(2, (int)(options.MaxDocumentFrequency * n));
        var start = new int[documentFrequency.Count + 1];
        for (var t = 0; t < documentFrequency.Count; t++)
            start[t + 1] = start[t] + (documentFrequency[t] >= 2 && documentFrequency[t] <= maxDf ? documentFrequency[t] : 0);

        var docs = new int[start[^1]];
        var postingWeights = new float[start[^1]];
        var fill = start[..^1];
        for (var d = 0; d < n; d++)
            for (var i = rowStart[d]; i < rowStart[d + 1]; i++)
            {
                var t = terms[i];
                if (start[t + 1] == start[t]) continue;
                docs[fill[t]] = d;
                postingWeights[fill[t]++] = weights[i];
            }

        var order = new (float NegativeWeight, int Doc)[0];
        for (var t = 0; t + 1 < start.Length; t++)
        {
            var length = start[t + 1] - start[t];
            if (length <= options.MaxPostingsPerTerm) continue; // read in full anyway: order does not matter
            if (order.Length < length) order = new (float, int)[length];
            for (var i = 0; i < length; i++) order[i] = (-postingWeights[start[t] + i], docs[start[t] + i]);
            Array.Sort(order, 0, length);
            for (var i = 0; i < length; i++) (postingWeights[start[t] + i], docs[start[t] + i]) = (-order[i].NegativeWeight, order[i].Doc);
        }
        return (start, docs, postingWeights);
    }
}
