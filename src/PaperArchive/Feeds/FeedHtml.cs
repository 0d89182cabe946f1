using System.Text;

namespace PaperArchive.Feeds;

/// <summary>
/// The little HTML feeds need: text made safe as an HTML text node or double-quoted attribute. Only &amp;, &lt;,
/// &gt; and " are encoded, so descriptions stay readable (apostrophes and non-ASCII letters are left as they are).
/// </summary>
public static class FeedHtml
{
    public static string Encode(string text)
    {
        if (text.AsSpan().IndexOfAny("&<>\"") < 0) return text;
        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            switch (c)
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '"': builder.Append("&quot;"); break;
                default: builder.Append(c); break;
            }
        }
        return builder.ToString();
    }
}
