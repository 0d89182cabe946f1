using System.Text.Json;
using PaperArchive.Lunr;

namespace PaperArchive.Search;

/// <summary>A common term's files: the head (what the manifest names) and its later impact blocks, each with its name relative to the manifest.</summary>
public sealed record CommonTermFiles(byte[] Head, IReadOnlyList<(string File, byte[] Bytes)> Blocks);

/// <summary>
/// The postings of one common term (a word in most papers), in <b>impact blocks</b>, so a query reads only the part
/// that can reach its first results (see docs/search.md, "Common terms: impact blocks").
/// <para>
/// The term's documents are ordered by their <i>impact</i> — the score lunr gives them for the term alone, the sum of
/// their fields' weights — highest first, ties by document number, and cut into blocks of 128, 256, 512… documents (at
/// most <see cref="MaxBlockDocuments"/>), a block also ending where the documents holding the term in the title end.
/// The <b>head</b> file holds what every query of the term needs and the first block: <c>{"term", "index",
/// "runs": [absent, present, absent, present…], "blocks": [[file, impact max, [field max…]]…], "docs": […],
/// "weights": […]}</c>. <c>runs</c> is the set of documents holding the term in any field as alternating run lengths
/// from document 0 (so result counts and required or excluded words stay exact without the weights); <c>blocks</c>
/// lists every block with its file ("" for the first, which is inline) and the largest impact and field weights in it,
/// in thousandths, which bound what the documents of the blocks not loaded can add to a score; <c>docs</c> and
/// <c>weights</c> are the first block: its documents ascending as gaps, and per field in lunr's field order their
/// weights in thousandths (−1 where the field lacks the term; lunr rounds weights to 3 decimals, so <c>k / 1000</c> in
/// JS is exactly the number lunr would have parsed; an empty list when no document of the block has the term in the
/// field). A later block's file is <c>{"term", "block": i, "docs", "weights"}</c>.
/// Why: an exact top-k of a word in 97 % of 100,000 papers needs its best few hundred documents, not ~100,000 weights;
/// the count and the presence rules need only the set, which runs encode in a few KB.
/// </para>
/// </summary>
public static class CommonTermFile
{
    /// <summary>Documents in the first (inline) block; each later block is twice the one before it.</summary>
    public const int FirstBlockDocuments = 128;

    /// <summary>The largest block: past it, blocks stop doubling, so loading one more never overshoots by much.</summary>
    public const int MaxBlockDocuments = 8192;

    private const long Absent = -1;

    public static CommonTermFiles Write(LunrIndex index, WeightedPostings postings, LunrTerm term, string folder)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(postings);
        var fieldCount = index.Fields.Count;
        var (documents, weights) = Gather(postings, term.Index, fieldCount);
        var impacts = new long[documents.Length];
        for (var i = 0; i < documents.Length; i++)
            for (var field = 0; field < fieldCount; field++) impacts[i] += Math.Max(0, weights[i * fieldCount + field]);
        // Highest impact first, ties by document number: the order lunr ranks the term's documents in when searched alone.
        // One primitive sort of (−impact, position) keys: a comparison delegate over ~100,000 documents per term was the cost of the step.
        var keys = new long[documents.Length];
        for (var i = 0; i < keys.Length; i++) keys[i] = (-impacts[i] << 32) | (uint)i;
        Array.Sort(keys);
        var order = Array.ConvertAll(keys, key => (int)(key & uint.MaxValue));

        var blocks = new List<int[]>();
        var cuts = FieldCuts(order, weights, fieldCount);
        for (int start = 0, size = FirstBlockDocuments; start < order.Length; size = Math.Min(2 * size, MaxBlockDocuments))
        {
            // A last block of less than half its size joins the one before it: fewer, fuller files. A block ends
            // where a field stops holding the term (see FieldCuts).
            var take = order.Length - start - size < size / 2 ? order.Length - start : size;
            var cut = cuts.FirstOrDefault(c => c > start && c < start + take);
            if (cut > 0) take = cut - start;
            var block = order.AsSpan(start, take).ToArray();
            Array.Sort(block);
            blocks.Add(block);
            start += take;
        }

        var blockFiles = new List<(string File, byte[] Bytes)>();
        for (var b = 1; b < blocks.Count; b++)
        {
            var bytes = SearchFile.Json(writer =>
            {
                writer.WriteStartObject();
                writer.WriteString("term", term.Text);
                writer.WriteNumber("block", b);
                WriteFields(writer, blocks[b], documents, weights, fieldCount);
                writer.WriteEndObject();
            });
            blockFiles.Add((folder + SearchFile.ContentName(bytes), bytes));
        }

        var head = SearchFile.Json(writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("term", term.Text);
            writer.WriteNumber("index", term.Index);
            writer.WriteStartArray("runs");
            var next = 0;
            for (var i = 0; i < documents.Length;)
            {
                var start = i;
                while (i + 1 < documents.Length && documents[i + 1] == documents[i] + 1) i++;
                writer.WriteNumberValue(documents[start] - next);
                writer.WriteNumberValue(i - start + 1);
                next = documents[i] + 1;
                i++;
            }
            writer.WriteEndArray();
            writer.WriteStartArray("blocks");
            for (var b = 0; b < blocks.Count; b++)
            {
                writer.WriteStartArray();
                writer.WriteStringValue(b == 0 ? "" : blockFiles[b - 1].File);
                writer.WriteNumberValue(blocks[b].Max(i => impacts[i]));
                writer.WriteStartArray();
                for (var field = 0; field < fieldCount; field++) writer.WriteNumberValue(blocks[b].Max(i => Math.Max(0, weights[i * fieldCount + field])));
                writer.WriteEndArray();
                writer.WriteEndArray();
            }
            writer.WriteEndArray();
            WriteFields(writer, blocks.Count == 0 ? [] : blocks[0], documents, weights, fieldCount);
            writer.WriteEndObject();
        });
        return new CommonTermFiles(head, blockFiles);
    }

    /// <summary>
    /// The term's documents (ascending, any field) and their weights in thousandths, <c>fieldCount</c> per document
    /// (<see cref="Absent"/> where the field lacks the term: a weight may be 0, for a word in every paper).
    /// </summary>
    private static (int[] Documents, long[] Weights) Gather(WeightedPostings postings, int termIndex, int fieldCount)
    {
        int[] documents = [];
        for (var field = 0; field < fieldCount; field++) documents = Union(documents, postings.Documents(termIndex, field));
        var weights = new long[documents.Length * fieldCount];
        Array.Fill(weights, Absent);
        for (var field = 0; field < fieldCount; field++)
        {
            var docs = postings.Documents(termIndex, field);
            var values = postings.Weights(termIndex, field);
            var at = 0;
            for (var i = 0; i < docs.Length; i++)
            {
                while (documents[at] != docs[i]) at++;
                weights[at * fieldCount + field] = Thousandths(values[i]);
            }
        }
        return (documents, weights);
    }

    /// <summary>
    /// Positions in the impact order where a field stops holding the term: when every document holding the term in a
    /// field (the boosted title, mostly) comes before every one that does not. Why cut blocks there: the impact falls off
    /// a cliff at that point (a title weight is ten abstract ones), and two common words' first results are among the
    /// documents with both in the title, so a query stops loading right there instead of inside a block that is mostly
    /// beyond it.
    /// </summary>
    private static int[] FieldCuts(int[] order, long[] weights, int fieldCount)
    {
        var cuts = new List<int>();
        for (var field = 0; field < fieldCount; field++)
        {
            var holding = 0;
            while (holding < order.Length && weights[order[holding] * fieldCount + field] != Absent) holding++;
            var rest = holding;
            while (rest < order.Length && weights[order[rest] * fieldCount + field] == Absent) rest++;
            if (holding > 0 && rest == order.Length && holding < order.Length) cuts.Add(holding);
        }
        cuts.Sort();
        return [.. cuts];
    }

    /// <summary>The union of two ascending lists of document numbers, ascending.</summary>
    private static int[] Union(ReadOnlySpan<int> a, ReadOnlySpan<int> b)
    {
        var union = new List<int>(a.Length + b.Length);
        int i = 0, j = 0;
        while (i < a.Length || j < b.Length)
        {
            if (j == b.Length || (i < a.Length && a[i] < b[j])) union.Add(a[i++]);
            else if (i == a.Length || b[j] < a[i]) union.Add(b[j++]);
            else { union.Add(a[i++]); j++; }
        }
        return [.. union];
    }

    /// <summary>
    /// <c>"docs": [gaps], "weights": [[…]…]</c> for these documents (indexes into <paramref name="documents"/>, ascending):
    /// document numbers as gaps, then per field the weights in thousandths in the same order, −1 where the field lacks
    /// the term (an empty list when no document of the block holds it in that field). One list of documents for all
    /// fields: a document is listed once, not once per field holding the term.
    /// </summary>
    private static void WriteFields(Utf8JsonWriter writer, int[] block, int[] documents, long[] weights, int fieldCount)
    {
        writer.WriteStartArray("docs");
        var previous = 0;
        foreach (var i in block)
        {
            writer.WriteNumberValue(documents[i] - previous);
            previous = documents[i];
        }
        writer.WriteEndArray();
        writer.WriteStartArray("weights");
        for (var field = 0; field < fieldCount; field++)
        {
            writer.WriteStartArray();
            // A field no document of the block holds the term in (authors, mostly) is an empty list, not a row of −1.
            if (block.Any(i => weights[i * fieldCount + field] != Absent))
                foreach (var i in block) writer.WriteNumberValue(weights[i * fieldCount + field]);
            writer.WriteEndArray();
        }
        writer.WriteEndArray();
    }

    private static long Thousandths(double weight)
    {
        var thousandths = (long)Math.Round(weight * 1000, MidpointRounding.AwayFromZero);
        // lunr rounds every weight to thousandths; anything else would not survive the packing exactly.
        if (thousandths / 1000.0 != weight) throw new InvalidOperationException($"weight {weight} is not a multiple of 0.001");
        return thousandths;
    }
}
