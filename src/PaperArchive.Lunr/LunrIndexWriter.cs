using PaperArchive.Lunr.Js;
using PaperArchive.Lunr.Json;

namespace PaperArchive.Lunr;

/// <summary>
/// Writes a <see cref="LunrIndex"/> as the exact bytes of lunr.js's <c>JSON.stringify(idx)</c>, or a shard of it:
/// a subset of terms, with only the field vectors (and vector entries) of those terms, keeping the global
/// <c>_index</c> numbers and weights. <c>lunr.Index.load</c> accepts a shard, and a query whose terms all live
/// in one shard scores exactly as on the whole index (lunr normalises only the query vector).
/// </summary>
public static class LunrIndexWriter
{
    public static void Write(LunrIndex index, Stream output) => Write(index, output, _ => true);

    /// <summary>Writes the terms at positions <paramref name="sortedTermRange"/> of <see cref="LunrIndex.Terms"/>.</summary>
    public static void Write(LunrIndex index, Stream output, Range sortedTermRange)
    {
        var (offset, length) = sortedTermRange.GetOffsetAndLength(index.Terms.Count);
        var included = new bool[index.Terms.Count];
        for (var i = offset; i < offset + length; i++) included[index.Terms[i].Index] = true;
        WriteCore(index, output, included);
    }

    /// <summary>Writes only the terms <paramref name="includeTerm"/> accepts.</summary>
    public static void Write(LunrIndex index, Stream output, Func<LunrTerm, bool> includeTerm)
    {
        ArgumentNullException.ThrowIfNull(includeTerm);
        var included = new bool[index.Terms.Count];
        foreach (var term in index.Terms) included[term.Index] = includeTerm(term);
        WriteCore(index, output, included);
    }

    public static byte[] ToUtf8Bytes(LunrIndex index)
    {
        using var buffer = new MemoryStream();
        Write(index, buffer);
        return buffer.ToArray();
    }

    private static void WriteCore(LunrIndex index, Stream stream, bool[] includedByTermIndex)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(stream);
        var quotedFields = index.Fields.Select(JsJsonString.ToQuotedUtf8).ToArray();
        var escapedFields = index.Fields.Select(JsJsonString.ToEscapedUtf8).ToArray();
        var escapedRefs = index.DocumentRefs.Select(JsJsonString.ToEscapedUtf8).ToArray();

        using var output = new Utf8Output(stream);
        output.Write("{\"version\":"u8);
        output.Write(JsJsonString.ToQuotedUtf8(index.Version));
        output.Write(",\"fields\":["u8);
        WriteList(output, quotedFields);
        output.Write("],\"fieldVectors\":["u8);
        WriteFieldVectors(index, output, includedByTermIndex, escapedFields, escapedRefs);
        output.Write("],\"invertedIndex\":["u8);
        WriteInvertedIndex(index, output, includedByTermIndex, escapedRefs);
        output.Write("],\"pipeline\":["u8);
        WriteList(output, index.Pipeline.Select(JsJsonString.ToQuotedUtf8).ToArray());
        output.Write("]}"u8);
    }

    private static void WriteList(Utf8Output output, byte[][] quotedItems)
    {
        for (var i = 0; i < quotedItems.Length; i++)
        {
            if (i > 0) output.Write((byte)',');
            output.Write(quotedItems[i]);
        }
    }

    private static void WriteFieldVectors(LunrIndex index, Utf8Output output, bool[] included, byte[][] escapedFields, byte[][] escapedRefs)
    {
        var wholeIndex = Array.TrueForAll(included, static x => x);
        var first = true;
        for (var document = 0; document < index.DocumentRefs.Count; document++)
        {
            for (var field = 0; field < index.Fields.Count; field++)
            {
                var vector = index.GetFieldVector(document, field);
                // An empty field's vector has no terms, so only the monolithic index carries it.
                if (!wholeIndex && !HasIncludedEntry(vector, included)) continue;
                if (!first) output.Write((byte)',');
                first = false;
                output.Write("[\""u8);
                output.Write(escapedFields[field]);
                output.Write((byte)'/');
                output.Write(escapedRefs[document]);
                output.Write("\",["u8);
                var firstEntry = true;
                foreach (var entry in vector)
                {
                    if (!included[entry.TermIndex]) continue;
                    if (!firstEntry) output.Write((byte)',');
                    firstEntry = false;
                    output.Write(entry.TermIndex);
                    output.Write((byte)',');
                    output.Write(entry.Weight);
                }
                output.Write("]]"u8);
            }
        }
    }

    private static bool HasIncludedEntry(ReadOnlySpan<VectorEntry> vector, bool[] included)
    {
        foreach (var entry in vector)
            if (included[entry.TermIndex]) return true;
        return false;
    }

    private static void WriteInvertedIndex(LunrIndex index, Utf8Output output, bool[] included, byte[][] escapedRefs)
    {
        var entry = new InvertedIndexEntry(index.Fields);
        var first = true;
        foreach (var term in index.Terms)
        {
            if (!included[term.Index]) continue;
            if (!first) output.Write((byte)',');
            first = false;
            entry.Write(output, term, field =>
            {
                var postings = index.GetPostings(term.Index, field);
                for (var p = 0; p < postings.Length; p++)
                {
                    if (p > 0) output.Write((byte)',');
                    output.Write((byte)'"');
                    output.Write(escapedRefs[postings[p]]);
                    output.Write("\":{}"u8);
                }
            });
        }
    }
}
