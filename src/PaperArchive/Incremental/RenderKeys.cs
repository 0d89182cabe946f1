using System.Text.Json;
using PaperArchive.Pages;

namespace PaperArchive.Incremental;

/// <summary>Cache keys of the standard page steps: each hashes exactly what the step reads.</summary>
public static class RenderKeys
{
    /// <summary>Markdig's output depends only on the Markdown (and the code).</summary>
    public static string Markdown(string markdown) => ContentHash.Of(ContentHash.CodeVersion, RenderKinds.Markdown, markdown);

    /// <summary>
    /// A layout render reads the page's path, layout, title, description and data, the rendered body, and the
    /// layout environment (theme, settings, code). Null when the data cannot be serialised to hash it: then the
    /// page is simply rendered every time rather than risking a stale page.
    /// </summary>
    public static string? Layout(PageSource source, string contentHtml, IRenderCache cache)
    {
        string data;
        try { data = source.Data is null ? "" : JsonSerializer.Serialize(source.Data); }
        catch (Exception e) when (e is NotSupportedException or JsonException or InvalidOperationException) { return null; }
        return ContentHash.Of(cache.LayoutEnvironment, RenderKinds.Layout, source.Path, source.Layout, source.Title, source.Description, data, contentHtml);
    }
}
