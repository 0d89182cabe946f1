using PaperArchive.Lunr.Js;
using PaperArchive.Lunr.Json;

namespace PaperArchive.Lunr;

/// <summary>
/// Writes a contiguous range of sorted terms as a lunr 2.3.9 index that carries each posting's weight in the
/// posting's metadata and has no field vectors: <c>[term,{"_index":n,"title":{"12":{"w":[0.409]}},…}]</c>. Refs are
/// document numbers (short, and integer-like, so JS enumerates them in ascending order, which is document order).
/// <c>lunr.Index.load</c> accepts such a shard as is; a searcher that merges shards rebuilds the field vectors of
/// the documents it loaded from the weights, and since weights and <c>_index</c> are global and lunr normalises
/// only the query vector, it scores exactly like the monolithic index. Terms listed in
/// <paramref name="postingsElsewhere"/> keep their entry (so the term range stays complete) with empty postings.
/// </summary>
public static class WeightedShardWriter
{
    public const string WeightKey = "w";

    public static byte[] Write(LunrIndex index, WeightedPostings postings, Range sortedTermRange, Func<LunrTerm, bool> postingsElsewhere)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(postings);
        ArgumentNullException.ThrowIfNull(postingsElsewhere);
        var (offset, length) = sortedTermRange.GetOffsetAndLength(index.Terms.Count);
        var entry = new InvertedIndexEntry(index.Fields);

        using var buffer = new MemoryStream();
        using (var output = new Utf8Output(buffer))
        {
            IndexEnvelope.WriteStart(output, index);
            output.Write(",\"fieldVectors\":[],\"invertedIndex\":["u8);
            for (var i = offset; i < offset + length; i++)
            {
                if (i > offset) output.Write((byte)',');
                var term = index.Terms[i];
                var elsewhere = postingsElsewhere(term);
                entry.Write(output, term, field =>
                {
                    if (!elsewhere) WritePostings(output, postings, term, field);
                });
            }
            output.Write((byte)']');
            IndexEnvelope.WriteEnd(output, index);
        }
        return buffer.ToArray();
    }

    private static void WritePostings(Utf8Output output, WeightedPostings postings, LunrTerm term, int field)
    {
        var documents = postings.Documents(term.Index, field);
        var weights = postings.Weights(term.Index, field);
        for (var p = 0; p < documents.Length; p++)
        {
            if (p > 0) output.Write((byte)',');
            output.Write((byte)'"');
            output.Write(documents[p]);
            output.Write("\":{\"w\":["u8);
            output.Write(weights[p]);
            output.Write("]}"u8);
        }
    }
}
