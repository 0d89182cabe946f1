using PaperArchive.Lunr;

namespace PaperArchive.Search;

/// <summary>
/// Where the terms of one shard (or one common term) occur, for phrase queries only: <c>{"term":[[…field 0…],[…field
/// 1…]…]…}</c>, fields in lunr's order, each a flat list of integers — per document, ascending, its number as a gap
/// from the previous one, how many positions follow, then the first position and the gaps between the next ones.
/// Positions are lunr's token <c>index</c> metadata (<see cref="TermPositions"/>). A term of the file that does not
/// occur in a field has an empty list there. The browser fetches such a file only for a quoted phrase's terms.
/// </summary>
public static class PositionsFile
{
    public static byte[] Write(LunrIndex index, TermPositions positions, IEnumerable<LunrTerm> terms) => SearchFile.Json(writer =>
    {
        writer.WriteStartObject();
        foreach (var term in terms)
        {
            writer.WriteStartArray(term.Text);
            for (var field = 0; field < index.Fields.Count; field++)
            {
                writer.WriteStartArray();
                var documents = positions.Documents(term.Index, field);
                var places = positions.Positions(term.Index, field);
                var previousDocument = 0;
                for (var i = 0; i < documents.Length;)
                {
                    var document = documents[i];
                    var end = i;
                    while (end < documents.Length && documents[end] == document) end++;
                    writer.WriteNumberValue(document - previousDocument);
                    writer.WriteNumberValue(end - i);
                    var previousPosition = 0;
                    for (var p = i; p < end; p++)
                    {
                        writer.WriteNumberValue(places[p] - previousPosition);
                        previousPosition = places[p];
                    }
                    previousDocument = document;
                    i = end;
                }
                writer.WriteEndArray();
            }
            writer.WriteEndArray();
        }
        writer.WriteEndObject();
    });
}
