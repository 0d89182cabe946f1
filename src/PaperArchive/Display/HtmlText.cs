using System.Text;

namespace PaperArchive.Display;

/// <summary>
/// Text made safe as an HTML text node or double-quoted attribute. Only &amp;, &lt;, &gt; and " are encoded, so
/// the HTML stays readable (apostrophes and non-ASCII letters are left as they are).
/// </summary>
public static class HtmlText
{
    public static string Encode(string text)
    {
        if (text.AsSpan().IndexOfAny("&<>\"") < 0) return text;
        var builder = new StringBuilder(text.Length + 16);
        Append(builder, text);
        return builder.ToString();
    }

    /// <summary>Appends <paramref name="text"/> encoded.</summary>
    public static StringBuilder Append(StringBuilder builder, string text)
    {
        if (text.AsSpan().IndexOfAny("&<>\"") < 0) return builder.Append(text);
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
        return builder;
    }
}
