using PaperArchive.Lunr.Js;

namespace PaperArchive.Lunr.Json;

/// <summary>
/// What every serialized index starts and ends with, as lunr.js's <c>toJSON</c> writes it:
/// <c>{"version":"2.3.9","fields":[…]</c> … <c>,"pipeline":[…]}</c>. The writers put their field vectors and
/// inverted index between the two.
/// </summary>
internal static class IndexEnvelope
{
    public static void WriteStart(Utf8Output output, LunrIndex index)
    {
        output.Write("{\"version\":"u8);
        output.Write(JsJsonString.ToQuotedUtf8(index.Version));
        output.Write(",\"fields\":["u8);
        WriteList(output, index.Fields);
        output.Write((byte)']');
    }

    public static void WriteEnd(Utf8Output output, LunrIndex index)
    {
        output.Write(",\"pipeline\":["u8);
        WriteList(output, index.Pipeline);
        output.Write("]}"u8);
    }

    private static void WriteList(Utf8Output output, IReadOnlyList<string> items)
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (i > 0) output.Write((byte)',');
            output.Write(JsJsonString.ToQuotedUtf8(items[i]));
        }
    }
}
