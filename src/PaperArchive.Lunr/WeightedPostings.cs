namespace PaperArchive.Lunr;

/// <summary>
/// Every posting of an index with its BM25 weight: for each (term, field), the documents holding the term in
/// ascending document number, each with the weight stored in that document's field vector. Built in one pass over
/// the field vectors (a counting-sort transpose), so a sharded writer reads a term's postings and weights directly
/// instead of scanning every document per shard: writing all shards stays linear in the index size.
/// </summary>
public sealed class WeightedPostings
{
    private readonly int[] starts;
    private readonly int[] documents;
    private readonly double[] weights;

    private WeightedPostings(int fieldCount, int[] starts, int[] documents, double[] weights)
    {
        FieldCount = fieldCount;
        this.starts = starts;
        this.documents = documents;
        this.weights = weights;
    }

    public int FieldCount { get; }

    public static WeightedPostings Of(LunrIndex index)
    {
        ArgumentNullException.ThrowIfNull(index);
        var fieldCount = index.Fields.Count;
        var documentCount = index.DocumentRefs.Count;
        var starts = new int[index.Terms.Count * fieldCount + 1];
        for (var document = 0; document < documentCount; document++)
            for (var field = 0; field < fieldCount; field++)
                foreach (var entry in index.GetFieldVector(document, field))
                    starts[entry.TermIndex * fieldCount + field + 1]++;
        for (var slot = 1; slot < starts.Length; slot++) starts[slot] += starts[slot - 1];

        var next = starts.AsSpan(0, starts.Length - 1).ToArray();
        var documents = new int[starts[^1]];
        var weights = new double[starts[^1]];
        // Documents are visited in ascending order, so each posting list comes out sorted by document number.
        for (var document = 0; document < documentCount; document++)
            for (var field = 0; field < fieldCount; field++)
                foreach (var entry in index.GetFieldVector(document, field))
                {
                    var position = next[entry.TermIndex * fieldCount + field]++;
                    documents[position] = document;
                    weights[position] = entry.Weight;
                }
        return new WeightedPostings(fieldCount, starts, documents, weights);
    }

    public ReadOnlySpan<int> Documents(int termIndex, int field) => this.documents.AsSpan(Start(termIndex, field), Length(termIndex, field));

    public ReadOnlySpan<double> Weights(int termIndex, int field) => this.weights.AsSpan(Start(termIndex, field), Length(termIndex, field));

    private int Start(int termIndex, int field) => this.starts[termIndex * FieldCount + field];

    private int Length(int termIndex, int field) => this.starts[termIndex * FieldCount + field + 1] - Start(termIndex, field);
}
