using System.Globalization;
using System.Text;
using System.Xml;

namespace PaperArchive.Feeds;

/// <summary>What every XML file of the site (feeds, sitemaps) shares: how it is written, and the text and dates in it.</summary>
public static class FeedXml
{
    public const string AtomNamespace = "http://www.w3.org/2005/Atom";
    public const string DublinCoreNamespace = "http://purl.org/dc/elements/1.1/";
    public const string XmlnsNamespace = "http://www.w3.org/2000/xmlns/";

    /// <summary>UTF-8 without a BOM, declared as such, indented with '\n' on every OS so output is byte-identical everywhere.</summary>
    private static readonly XmlWriterSettings Settings = new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = true,
        IndentChars = "  ",
        NewLineChars = "\n",
        NewLineHandling = NewLineHandling.Replace,
        CloseOutput = false,
    };

    /// <summary>Writes an XML document with the settings above and returns its text, ending in a newline.</summary>
    public static string Write(Action<XmlWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, Settings))
        {
            write(writer);
            writer.Flush();
        }
        return Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length) + "\n";
    }

    /// <summary>RFC 822 date as RSS needs it (four-digit year, numeric zone), in invariant English whatever the machine's culture.</summary>
    public static string Rfc822(DateTimeOffset date) =>
        date.ToUniversalTime().ToString("ddd, dd MMM yyyy HH:mm:ss", CultureInfo.InvariantCulture) + " +0000";

    /// <summary>RFC 3339 date in UTC, as Atom and JSON Feed need it.</summary>
    public static string Rfc3339(DateTimeOffset date) =>
        date.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>
    /// Text without the characters XML 1.0 cannot carry at all (control characters, lone surrogates): a stray one
    /// in a digest would otherwise make the writer throw, or a reader reject the whole feed.
    /// </summary>
    public static string Text(string text)
    {
        var i = 0;
        int width;
        while (i < text.Length && IsXmlChar(text, i, out width)) i += width;
        if (i == text.Length) return text;
        var builder = new StringBuilder(text.Length).Append(text, 0, i);
        for (; i < text.Length; i += width)
            if (IsXmlChar(text, i, out width)) builder.Append(text, i, width);
        return builder.ToString();
    }

    private static bool IsXmlChar(string text, int i, out int width)
    {
        var c = text[i];
        width = 1;
        if (char.IsHighSurrogate(c))
        {
            if (i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) { width = 2; return true; }
            return false;
        }
        return XmlConvert.IsXmlChar(c);
    }
}
