using AngleSharp.Html;
using AngleSharp.Html.Parser;
using AngleSharp.Html.Parser.Tokens;
using AngleSharp.Text;

namespace PaperArchive.Checking;

/// <summary>
/// The URLs an HTML page refers to (href, src, action on any element, so heads' link elements too), as a browser
/// reads them. The page goes through AngleSharp's HTML5 tokenizer, so quoting, character references and comments
/// follow the HTML standard: <c>alt="… src=x"</c> is an attribute value, not a link. The tree is not built (at 10,000
/// papers building it tripled the time of <c>check</c>); the one thing tree construction changes in tokenizing —
/// the text of script, style, title, textarea and the like is not markup — is done here as the parser does it.
/// </summary>
public static class HtmlLinks
{
    public static List<string> Extract(string html)
    {
        var urls = new List<string>();
        var tokenizer = new HtmlTokenizer(new TextSource(html), HtmlEntityProvider.Resolver)
        {
            SkipDataText = true,
            SkipRawText = true,
            SkipPlaintext = true,
        };
        for (var token = tokenizer.Get(); token.Type != HtmlTokenType.EndOfFile; token = tokenizer.Get())
        {
            if (token.Type != HtmlTokenType.StartTag) continue;
            var tag = (HtmlTagToken)token;
            foreach (var attribute in tag.Attributes)
                if (attribute.Name is "href" or "src" or "action") urls.Add(attribute.Value);
            // As in the parser, "<script/>" still starts a script: HTML ignores the slash on these elements.
            if (TextMode(tag.Name) is { } mode) tokenizer.State = mode;
        }
        return urls;
    }

    /// <summary>The tokenizer state the HTML tree builder switches to after these start tags (scripting off, as for noscript).</summary>
    private static HtmlParseMode? TextMode(string tag) => tag switch
    {
        "script" => HtmlParseMode.Script,
        "style" or "xmp" or "iframe" or "noembed" or "noframes" => HtmlParseMode.Rawtext,
        "title" or "textarea" => HtmlParseMode.RCData,
        "plaintext" => HtmlParseMode.Plaintext,
        _ => null,
    };
}
