using PaperArchive.Lunr;

namespace PaperArchive.Search;

/// <summary>
/// The postings of one common term (a word in most papers), packed: <c>{"term":…,"index":n,"fields":[[gaps,
/// weights]…]}</c> with one pair of integer arrays per field in lunr's field order — document numbers as gaps from the
/// previous one (mostly <c>1</c>) and weights in thousandths (lunr rounds weights to 3 decimals, so
/// <c>k / 1000</c> in JS is exactly the number lunr would have parsed). About a quarter of the bytes of the same
/// postings in lunr's JSON; search-core.js unpacks them into lunr postings when a query needs the term.
/// </summary>
public static class CommonTermFile
{
    public static byte[] Write(LunrIndex index, WeightedPostings postings, LunrTerm term) => SearchFile.Json(writer =>
    {
        writer.WriteStartObject();
        writer.WriteString("term", term.Text);
        writer.WriteNumber("index", term.Index);
        writer.WriteStartArray("fields");
        for (var field = 0; field < index.Fields.Count; field++)
        {
            writer.WriteStartArray();
            writer.WriteStartArray();
            var previous = 0;
            foreach (var document in postings.Documents(term.Index, field))
            {
                writer.WriteNumberValue(document - previous);
                previous = document;
            }
            writer.WriteEndArray();
            writer.WriteStartArray();
            foreach (var weight in postings.Weights(term.Index, field)) writer.WriteNumberValue(Thousandths(weight));
            writer.WriteEndArray();
            writer.WriteEndArray();
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
    });

    private static long Thousandths(double weight)
    {
        var thousandths = (long)Math.Round(weight * 1000, MidpointRounding.AwayFromZero);
        // lunr rounds every weight to thousandths; anything else would not survive the packing exactly.
        if (thousandths / 1000.0 != weight) throw new InvalidOperationException($"weight {weight} is not a multiple of 0.001");
        return thousandths;
    }
}
