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
    /// An item's summary as HTML: the plain text encoded; when its author list was shortened, a paragraph saying how
    /// many authors it leaves out; when the item has an abstract page or a PDF elsewhere, a paragraph linking them (RSS
    /// has one link per item, so the description is where readers find them).
    /// </summary>
    public static string Summary(FeedItem item)
    {
        if (item.ExternalUrl is null && item.PdfUrl is null && item.AuthorsLeftOut == 0) return Encode(item.Summary);
        var paragraphs = new List<string>(3);
        if (item.Summary.Length > 0) paragraphs.Add(Encode(item.Summary));
        if (item.AuthorsLeftOut > 0)
            paragraphs.Add(Encode($"{DisplayText.Authors(item.Authors, item.Authors.Length)} and {DisplayText.Count(item.AuthorsLeftOut, "other author")}."));
        var links = new List<string>(2);
        if (item.ExternalUrl is { } page) links.Add($"<a href=\"{Encode(page)}\">Abstract on arXiv</a>");
        if (item.PdfUrl is { } pdf) links.Add($"<a href=\"{Encode(pdf)}\">PDF</a>");
        if (links.Count > 0) paragraphs.Add(string.Join(" · ", links));
        return string.Join("\n", paragraphs.Select(p => "<p>" + p + "</p>"));
    }
}
