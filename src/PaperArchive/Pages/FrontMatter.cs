using System.Collections;
using System.Globalization;
using System.Text;

namespace PaperArchive.Pages;

/// <summary>
/// Writes a page's Markdown source: YAML front matter between <c>---</c> lines, then the body.
/// Front matter here is flat (strings, numbers, lists of strings), so it is written directly: a general YAML
/// serializer cost more than rendering the page itself at 10,000 pages. Strings that are not plainly safe
/// are written double-quoted with JSON escapes, which YAML reads back exactly (tested with YamlDotNet).
/// </summary>
public static class FrontMatter
{
    public static string Compose(IEnumerable<KeyValuePair<string, object>> fields, string body)
    {
        var builder = new StringBuilder(body.Length + 256);
        builder.Append("---\n");
        foreach (var (key, value) in fields)
        {
            builder.Append(key).Append(':');
            switch (value)
            {
                case string text:
                    builder.Append(' ');
                    AppendScalar(builder, text);
                    builder.Append('\n');
                    break;
                case int or long:
                    builder.Append(' ').Append(Convert.ToString(value, CultureInfo.InvariantCulture)).Append('\n');
                    break;
                case IEnumerable items:
                    var any = false;
                    foreach (var item in items)
                    {
                        builder.Append(any ? "" : "\n").Append("- ");
                        AppendScalar(builder, Convert.ToString(item, CultureInfo.InvariantCulture) ?? "");
                        builder.Append('\n');
                        any = true;
                    }
                    if (!any) builder.Append(" []\n");
                    break;
                default:
                    throw new ArgumentException($"Front matter field '{key}' has a value of type {value.GetType().Name}; use strings, numbers or lists.");
            }
        }
        builder.Append("---\n\n").Append(body);
        if (!body.EndsWith('\n')) builder.Append('\n');
        return builder.ToString();
    }

    private static void AppendScalar(StringBuilder builder, string text)
    {
        if (IsPlainSafe(text)) { builder.Append(text); return; }
        builder.Append('"');
        foreach (var c in text)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\t': builder.Append("\\t"); break;
                case '\r': builder.Append("\\r"); break;
                default:
                    // Control characters, and the line/paragraph separators and BOM YAML treats specially.
                    if (c < ' ' || c is '\u007f' or '\u0085' or '\u2028' or '\u2029' or '\ufeff')
                        builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    else builder.Append(c);
                    break;
            }
        }
        builder.Append('"');
    }

    /// <summary>Letters, digits and a few inner punctuation marks, starting with a letter or digit and not a YAML keyword or number.</summary>
    private static bool IsPlainSafe(string text)
    {
        if (text.Length == 0 || !char.IsAsciiLetterOrDigit(text[0]) || text[^1] == ' ') return false;
        foreach (var c in text)
            if (!(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or ' ' or '/'))
                return false;
        // Words YAML 1.1 reads as booleans or null, and anything that looks numeric, are quoted.
        return !(char.IsAsciiDigit(text[0]) && !text.Contains('-'))
            && text.ToLowerInvariant() is not ("true" or "false" or "yes" or "no" or "on" or "off" or "null" or "y" or "n");
    }
}
