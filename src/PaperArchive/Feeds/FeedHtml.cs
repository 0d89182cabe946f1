using PaperArchive.Display;

namespace PaperArchive.Feeds;

/// <summary>
/// The little HTML feeds need: text made safe as an HTML text node or double-quoted attribute (see
/// <see cref="HtmlText"/>, which pages use too).
/// </summary>
public static class FeedHtml
{
    public static string Encode(string text) => HtmlText.Encode(text);
}
