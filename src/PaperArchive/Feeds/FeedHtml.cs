using System.Text;
using PaperArchive.Display;

namespace PaperArchive.Feeds;

/// <summary>
/// The little HTML feeds need: text made safe as an HTML text node or double-quoted attribute (see
/// <see cref="HtmlText"/>, which pages use too).
/// </summary>
public static class FeedHtml
{
    public static string Encode(string text) => HtmlText.Encode(text);

    /// <summary>
    /// An item's summary as HTML: the plain text encoded, and when the item has an abstract page or a PDF elsewhere,
    /// a paragraph linking them (RSS has one link per item, so the description is where readers find them).
    /// </summary>
    public static string Summary(FeedItem item)
    {
        var more = item.AuthorCount - item.Authors.Length;
        if (item.ExternalUrl is null && item.PdfUrl is null && more <= 0) return Encode(item.Summary);
        var html = new StringBuilder(item.Summary.Length + 200);
        if (item.Summary.Length > 0) html.Append("<p>").Append(Encode(item.Summary)).Append("</p>\n");
        // The item's author list stops at the first few (a consortium paper has hundreds); the text says so.
        if (more > 0)
            html.Append("<p>").Append(Encode(DisplayText.Authors(item.Authors, item.Authors.Length))).Append(" and ")
                .Append(DisplayText.Count(more, "other author")).Append(".</p>\n");
        if (item.ExternalUrl is null && item.PdfUrl is null) return html.ToString().TrimEnd('\n');
        html.Append("<p>");
        if (item.ExternalUrl is { } page) html.Append("<a href=\"").Append(Encode(page)).Append("\">Abstract on arXiv</a>");
        if (item.ExternalUrl is not null && item.PdfUrl is not null) html.Append(" · ");
        if (item.PdfUrl is { } pdf) html.Append("<a href=\"").Append(Encode(pdf)).Append("\">PDF</a>");
        return html.Append("</p>").ToString();
    }
}
