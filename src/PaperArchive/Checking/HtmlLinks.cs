using System.Net;
using System.Text.RegularExpressions;

namespace PaperArchive.Checking;

/// <summary>
/// The URLs an HTML page refers to (href, src, action on any element, so heads' link elements too), found by a small
/// tokenizer: tags are matched one at a time, comments and script/style content are skipped so that URLs inside code
/// are not taken for links. Fast enough for tens of thousands of pages without an HTML parser dependency.
/// </summary>
public static partial class HtmlLinks
{
    public static List<string> Extract(string html)
    {
        var urls = new List<string>();
        var i = 0;
        while ((i = html.IndexOf('<', i)) >= 0)
        {
            if (string.CompareOrdinal(html, i, "<!--", 0, 4) == 0)
            {
                var end = html.IndexOf("-->", i + 4, StringComparison.Ordinal);
                if (end < 0) break;
                i = end + 3;
                continue;
            }
            var tag = Tag().Match(html, i);
            if (!tag.Success) { i++; continue; }
            foreach (Match attribute in Attribute().Matches(tag.Groups["attributes"].Value))
            {
                var value = attribute.Groups["dq"].Success ? attribute.Groups["dq"].Value
                    : attribute.Groups["sq"].Success ? attribute.Groups["sq"].Value
                    : attribute.Groups["bare"].Value;
                urls.Add(value.Contains('&') ? WebUtility.HtmlDecode(value) : value);
            }
            i = tag.Index + tag.Length;
            var name = tag.Groups["name"].Value;
            if (name.Equals("script", StringComparison.OrdinalIgnoreCase) || name.Equals("style", StringComparison.OrdinalIgnoreCase))
            {
                var close = html.IndexOf("</" + name, i, StringComparison.OrdinalIgnoreCase);
                i = close < 0 ? html.Length : close;
            }
        }
        return urls;
    }

    [GeneratedRegex(@"\G<(?<name>[a-zA-Z][a-zA-Z0-9-]*)(?<attributes>(?:[^>""']|""[^""]*""|'[^']*')*)>", RegexOptions.CultureInvariant)]
    private static partial Regex Tag();

    [GeneratedRegex(@"(?<=\s)(?:href|src|action)\s*=\s*(?:""(?<dq>[^""]*)""|'(?<sq>[^']*)'|(?<bare>[^\s>""']+))", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Attribute();
}
