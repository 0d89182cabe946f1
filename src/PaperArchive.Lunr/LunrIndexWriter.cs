using PaperArchive.Lunr.Js;
using PaperArchive.Lunr.Json;

namespace PaperArchive.Lunr;

/// <summary>
/// Writes a whole <see cref="LunrIndex"/> as the exact bytes of lunr.js's <c>JSON.stringify(idx)</c>. The site ships
/// weighted shards (<see cref="WeightedShardWriter"/>); this format is the proof of compatibility (byte-equal to
/// lunr.js's own) and the reference the shards are ranked against.
/// </summary>
public static class LunrIndexWriter
{
    public static void Write(LunrIndex index, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(stream);
        var escapedFields = index.Fields.Select(JsJsonString.ToEscapedUtf8).ToArray();
        var escapedRefs = index.DocumentRefs.Select(JsJsonString.ToEscapedUtf8).ToArray();

        using var output = new Utf8Output(stream);
        IndexEnvelope.WriteStart(output, index);
        output.Write(",\"fieldVectors\":["u8);
        WriteFieldVectors(index, output, escapedFields, escapedRefs);
        output.Write("],\"invertedIndex\":["u8);
        WriteInvertedIndex(index, output, escapedRefs);
        output.Write((byte)']');
        IndexEnvelope.WriteEnd(output, index);
    }

    public static byte[] ToUtf8Bytes(LunrIndex index)
    {
        using var buffer = new MemoryStream();
        Write(index, buffer);
        return buffer.ToArray();
    }

    private static void WriteFieldVectors(LunrIndex index, Utf8Output output, byte[][] escapedFields, byte[][] escapedRefs)
    {
        var first = true;
        for (var document = 0; document < index.DocumentRefs.Count; document++)
        {
            for (var field = 0; field < index.Fields.Count; field++)
            {
                if (!first) output.Write((byte)',');
                first = false;
                output.Write("[\""u8);
                output.Write(escapedFields[field]);
                output.Write((byte)'/');
                output.Write(escapedRefs[document]);
                output.Write("\",["u8);
                var firstEntry = true;
                foreach (var entry in index.GetFieldVector(document, field))
                {
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

    private static void WriteInvertedIndex(LunrIndex index, Utf8Output output, byte[][] escapedRefs)
    {
        // A posting's documents are object keys: JavaScript lists integer-like refs first (numerically), then the
        // others in insertion order, so the postings (in document order) are listed in that order.
        var postings = WeightedPostings.Of(index);
        var rank = new int[index.DocumentRefs.Count];
        var order = JsPropertyOrder.EnumerationOrder(index.DocumentRefs);
        for (var position = 0; position < order.Length; position++) rank[order[position]] = position;
        var entry = new InvertedIndexEntry(index.Fields);
        var first = true;
        foreach (var term in index.Terms)
        {
            if (!first) output.Write((byte)',');
            first = false;
            entry.Write(output, term, field =>
            {
                var documents = postings.Documents(term.Index, field).ToArray();
                Array.Sort(documents, (x, y) => rank[x].CompareTo(rank[y]));
                for (var p = 0; p < documents.Length; p++)
                {
                    if (p > 0) output.Write((byte)',');
                    output.Write((byte)'"');
                    output.Write(escapedRefs[documents[p]]);
                    output.Write("\":{}"u8);
                }
            });
        }
    }
}
