using AngleSharp.Html;
using AngleSharp.Html.Parser;
using AngleSharp.Html.Parser.Tokens.Struct;
using AngleSharp.Text;

namespace PaperArchive.Checking;

/// <summary>
/// The URLs an HTML page refers to (href, src, action on any element, so heads' link elements too), as a browser
/// reads them. The page goes through AngleSharp's HTML5 tokenizer, so quoting, character references and comments
/// follow the HTML standard: <c>alt="… src=x"</c> is an attribute value, not a link. The tree is not built (at 10,000
/// papers building it tripled the time of <c>check</c>), and only link attributes are kept; the one thing tree
/// construction changes in tokenizing — the text of script, style, title, textarea and the like is not markup —
/// is done here as the parser does it (scripting off, so a noscript fallback's links are checked).
/// </summary>
public static class HtmlLinks
{
    private static readonly ShouldEmitAttribute OnlyLinks = (ref StructHtmlToken token, ReadOnlyMemory<char> name) => IsLink(name.Span);

    public static List<string> Extract(string html)
    {
        var urls = new List<string>();
        var tokenizer = new HtmlTokenizer(new TextSource(html), HtmlEntityProvider.Resolver)
        {
            SkipComments = true,
            SkipDataText = true,
            SkipScriptText = true,
            SkipRawText = true,
            SkipRCDataText = true,
            SkipPlaintext = true,
            DisableElementPositionTracking = true,
            ShouldEmitAttribute = OnlyLinks,
        };
        while (true)
        {
            ref var token = ref tokenizer.GetStructToken();
            if (token.Type == HtmlTokenType.EndOfFile) break;
            if (token.Type != HtmlTokenType.StartTag) continue;
            var attributes = token.Attributes;
            for (var i = 0; i < attributes.Count; i++)
                if (IsLink(attributes[i].Name.Memory.Span)) urls.Add(attributes[i].Value.ToString());
            // As in the parser, "<script/>" still starts a script: HTML ignores the slash on these elements.
            if (TextMode(token.Name.Memory.Span) is { } mode) tokenizer.State = mode;
        }
        return urls;
    }

    private static bool IsLink(ReadOnlySpan<char> attribute) => attribute is "href" or "src" or "action";

    /// <summary>The tokenizer state the HTML tree builder switches to after these start tags.</summary>
    private static HtmlParseMode? TextMode(ReadOnlySpan<char> tag) => tag switch
    {
        "script" => HtmlParseMode.Script,
        "style" or "xmp" or "iframe" or "noembed" or "noframes" => HtmlParseMode.Rawtext,
        "title" or "textarea" => HtmlParseMode.RCData,
        "plaintext" => HtmlParseMode.Plaintext,
        _ => null,
    };
}
