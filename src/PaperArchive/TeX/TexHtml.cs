using System.Text;
using PaperArchive.Display;

namespace PaperArchive.TeX;

/// <summary>Text as HTML with its TeX math as MathML: plain text encoded, each formula rendered, invalid ones kept as written.</summary>
public static class TexHtml
{
    /// <summary>
    /// Appends <paramref name="text"/> as HTML. <paramref name="inlineOnly"/> renders display math inline (list rows
    /// stay compact). Invalid formulas are appended as their original text.
    /// </summary>
    public static StringBuilder Append(StringBuilder html, string text, bool inlineOnly = false, TexRenderer? renderer = null)
    {
        if (!TexSpans.MayHaveMath(text)) return HtmlText.Append(html, text);
        renderer ??= TexRenderer.Shared;
        foreach (var span in TexSpans.Split(text))
        {
            if (!span.IsMath) { HtmlText.Append(html, span.Text); continue; }
            var result = renderer.Render(span.Text, span.Display && !inlineOnly);
            if (result.MathMl is { } mathMl) html.Append(mathMl);
            else HtmlText.Append(html, span.Source);
        }
        return html;
    }

    public static string Render(string text, bool inlineOnly = false) => Append(new StringBuilder(text.Length + 64), text, inlineOnly).ToString();

    /// <summary>Every formula of <paramref name="text"/> that does not render, with the renderer's reason.</summary>
    public static IEnumerable<(string Source, string Error)> Invalid(string text, TexRenderer? renderer = null)
    {
        if (!TexSpans.MayHaveMath(text)) yield break;
        renderer ??= TexRenderer.Shared;
        foreach (var span in TexSpans.Split(text))
            if (span.IsMath && renderer.Render(span.Text, span.Display).Error is { } error) yield return (span.Source, error);
    }
}
