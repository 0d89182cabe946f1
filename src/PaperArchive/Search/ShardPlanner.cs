using PaperArchive.Lunr;

namespace PaperArchive.Search;

/// <summary>
/// Cuts the sorted term list into contiguous ranges of about <see cref="SearchOptions.ShardTargetBytes"/> of
/// JSON each. The estimate counts what <see cref="LunrIndexWriter"/> writes for a shard: each term's postings
/// and vector entries, plus each field-vector key ("field/ref") once per shard that needs it — the part
/// shards repeat, which is why keys are tracked per shard instead of estimated.
/// </summary>
public static class ShardPlanner
{
    private const int VectorEntryBytes = 11;   // "1234,0.567,"
    private const int PostingExtraBytes = 6;   // "ref":{},
    private const int KeyExtraBytes = 9;       // ["field/ref",[ ]],
    private const int TermExtraBytes = 16;     // ["term",{"_index":1234, }],

    public static IReadOnlyList<Range> Plan(LunrIndex index, SearchOptions options)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(options);
        var terms = index.Terms;
        if (terms.Count == 0 || EstimateWhole(index) < options.SingleShardBelowBytes) return [Range.All];

        var fieldCount = index.Fields.Count;
        var keyOwner = new int[index.DocumentRefs.Count * fieldCount];   // shard number + 1 that already has the key
        var ranges = new List<Range>();
        var shard = 1;
        var start = 0;
        long size = 0;
        for (var t = 0; t < terms.Count; t++)
        {
            var cost = TermCost(index, terms[t], keyOwner, shard);
            if (t > start && size + cost > options.ShardTargetBytes)
            {
                ranges.Add(start..t);
                start = t;
                shard++;
                cost = TermCost(index, terms[t], keyOwner, shard);
            }
            size = t == start ? cost : size + cost;
            ClaimKeys(index, terms[t], keyOwner, shard);
        }
        ranges.Add(start..terms.Count);
        return ranges;
    }

    /// <summary>Estimated JSON bytes of the monolithic index: every key once.</summary>
    public static long EstimateWhole(LunrIndex index)
    {
        long size = 0;
        for (var document = 0; document < index.DocumentRefs.Count; document++)
            for (var field = 0; field < index.Fields.Count; field++)
                size += KeyBytes(index, document, field) + (long)index.GetFieldVector(document, field).Length * VectorEntryBytes;
        foreach (var term in index.Terms)
        {
            size += term.Text.Length + TermExtraBytes;
            for (var field = 0; field < index.Fields.Count; field++)
                foreach (var document in index.GetPostings(term.Index, field))
                    size += index.DocumentRefs[document].Length + PostingExtraBytes;
        }
        return size;
    }

    private static long TermCost(LunrIndex index, LunrTerm term, int[] keyOwner, int shard)
    {
        long cost = term.Text.Length + TermExtraBytes;
        for (var field = 0; field < index.Fields.Count; field++)
        {
            cost += index.Fields[field].Length + 5;
            foreach (var document in index.GetPostings(term.Index, field))
            {
                cost += index.DocumentRefs[document].Length + PostingExtraBytes + VectorEntryBytes;
                if (keyOwner[document * index.Fields.Count + field] != shard) cost += KeyBytes(index, document, field);
            }
        }
        return cost;
    }

    private static void ClaimKeys(LunrIndex index, LunrTerm term, int[] keyOwner, int shard)
    {
        for (var field = 0; field < index.Fields.Count; field++)
            foreach (var document in index.GetPostings(term.Index, field))
                keyOwner[document * index.Fields.Count + field] = shard;
    }

    private static int KeyBytes(LunrIndex index, int document, int field) =>
        index.Fields[field].Length + index.DocumentRefs[document].Length + KeyExtraBytes;
}
