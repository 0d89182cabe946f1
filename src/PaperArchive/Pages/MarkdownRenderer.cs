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

    /// <summary>Renders the body of a page source (never its front matter: page bodies are kept apart from it).</summary>
    public static string ToHtml(string markdown) => Markdown.ToHtml(markdown, Pipeline);
}
