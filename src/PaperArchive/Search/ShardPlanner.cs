using PaperArchive.Lunr;

namespace PaperArchive.Search;

/// <summary>How the sorted terms are cut: contiguous shard ranges, and the common terms whose postings get a file of their own.</summary>
public sealed record ShardPlan(IReadOnlyList<Range> Ranges, IReadOnlyList<LunrTerm> CommonTerms);

/// <summary>
/// Cuts the sorted term list into contiguous ranges of about <see cref="SearchOptions.ShardTargetBytes"/> of JSON
/// each, in one pass over the terms (cost O(terms + postings)). A term whose postings alone would pass
/// <see cref="SearchOptions.CommonTermBytes"/> (a word found in most papers) is a common term: its postings go to a
/// compact file of their own (<see cref="CommonTermFile"/>) and its shard keeps only its entry.
/// </summary>
public static class ShardPlanner
{
    private const int PostingExtraBytes = 18;  // "":{"w":[0.123]},
    private const int TermExtraBytes = 16;     // ["term",{"_index":1234, }],

    public static ShardPlan Plan(LunrIndex index, WeightedPostings postings, SearchOptions options)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(postings);
        ArgumentNullException.ThrowIfNull(options);
        var terms = index.Terms;
        var fieldBytes = index.Fields.Sum(f => f.Length + 5);
        var postingsBytes = new long[terms.Count];
        long whole = 0;
        for (var t = 0; t < terms.Count; t++)
        {
            postingsBytes[t] = PostingsBytes(index, postings, terms[t].Index);
            whole += terms[t].Text.Length + TermExtraBytes + fieldBytes + postingsBytes[t];
        }
        if (terms.Count == 0 || whole < options.SingleShardBelowBytes) return new ShardPlan([Range.All], []);

        var common = new List<LunrTerm>();
        var ranges = new List<Range>();
        var start = 0;
        long size = 0;
        for (var t = 0; t < terms.Count; t++)
        {
            long cost = terms[t].Text.Length + TermExtraBytes + fieldBytes;
            if (postingsBytes[t] > options.CommonTermBytes) common.Add(terms[t]);
            else cost += postingsBytes[t];
            if (t > start && size + cost > options.ShardTargetBytes)
            {
                ranges.Add(start..t);
                start = t;
                size = 0;
            }
            size += cost;
        }
        ranges.Add(start..terms.Count);
        return new ShardPlan(ranges, common);
    }

    private static long PostingsBytes(LunrIndex index, WeightedPostings postings, int termIndex)
    {
        long bytes = 0;
        for (var field = 0; field < index.Fields.Count; field++)
            foreach (var document in postings.Documents(termIndex, field))
                bytes += Digits(document) + PostingExtraBytes;
        return bytes;
    }

    private static int Digits(int value) => value < 10 ? 1 : value < 100 ? 2 : value < 1000 ? 3 : value < 10_000 ? 4 : value < 100_000 ? 5 : value < 1_000_000 ? 6 : 10;
}
