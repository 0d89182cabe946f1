using PaperArchive.Lunr.Js;

namespace PaperArchive.Lunr.Json;

/// <summary>
/// One <c>[term,{"_index":n,"&lt;field&gt;":{…},…}]</c> entry of a serialized inverted index, keys in JS enumeration
/// order (an integer-like field name would come before <c>_index</c>). The caller writes each field's postings.
/// </summary>
internal sealed class InvertedIndexEntry(IReadOnlyList<string> fields)
{
    private readonly int[] postingKeys = JsPropertyOrder.EnumerationOrder(["_index", .. fields]);
    private readonly byte[][] quotedFields = fields.Select(JsJsonString.ToQuotedUtf8).ToArray();

    public void Write(Utf8Output output, LunrTerm term, Action<int> writeFieldPostings)
    {
        output.Write((byte)'[');
        output.Write(JsJsonString.ToQuotedUtf8(term.Text));
        output.Write(",{"u8);
        for (var k = 0; k < postingKeys.Length; k++)
        {
            if (k > 0) output.Write((byte)',');
            if (postingKeys[k] == 0)
            {
                output.Write("\"_index\":"u8);
                output.Write(term.Index);
                continue;
            }
            var field = postingKeys[k] - 1;
            output.Write(quotedFields[field]);
            output.Write(":{"u8);
            writeFieldPostings(field);
            output.Write((byte)'}');
        }
        output.Write("}]"u8);
    }
}
