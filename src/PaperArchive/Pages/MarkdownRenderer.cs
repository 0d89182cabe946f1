using Markdig;

namespace PaperArchive.Pages;

/// <summary>
/// Markdown → HTML with Markdig. Raw HTML is disabled: every page's Markdown is generated from digest text,
/// so any HTML in it is user text and must show as text, never run as markup.
/// </summary>
public static class MarkdownRenderer
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseDefinitionLists()
        .UsePipeTables()
        .UseAutoIdentifiers(Markdig.Extensions.AutoIdentifiers.AutoIdentifierOptions.GitHub)
        .DisableHtml()
        .Build();

    /// <summary>Renders the body of a page source (front matter, when present, is skipped).</summary>
    public static string ToHtml(string markdown) => Markdown.ToHtml(StripFrontMatter(markdown), Pipeline);

    private static string StripFrontMatter(string markdown)
    {
        if (!markdown.StartsWith("---\n", StringComparison.Ordinal)) return markdown;
        var end = markdown.IndexOf("\n---\n", 3, StringComparison.Ordinal);
        return end < 0 ? markdown : markdown[(end + 5)..];
    }
}
