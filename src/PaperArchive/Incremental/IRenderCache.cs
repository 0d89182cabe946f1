namespace PaperArchive.Incremental;

/// <summary>
/// Caches the output of a render step (Markdig, Liquid layouts, or any page pipeline's own step) by a key
/// that captures every input of that step. Page modules get it from the <see cref="Pipeline.PipelineContext"/>,
/// so new page pipelines built from the same modules are cached without knowing about it.
/// </summary>
public interface IRenderCache
{
    /// <summary>
    /// A hash of what every layout render depends on beyond the page itself: the code, the theme's layouts and
    /// the settings. Keys of layout-dependent steps include it, so a theme or settings change invalidates them.
    /// </summary>
    string LayoutEnvironment { get; }

    /// <summary>The cached output for <paramref name="key"/> of this kind, or <paramref name="render"/>'s, stored for next time.</summary>
    string GetOrRender(string kind, string key, Func<string> render);
}

/// <summary>Render cache kinds used by the standard page modules.</summary>
public static class RenderKinds
{
    public const string Markdown = "markdown";
    public const string Layout = "layout";
}
