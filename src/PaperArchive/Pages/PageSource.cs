using System.Collections.Immutable;

namespace PaperArchive.Pages;

/// <summary>
/// A page before rendering: where it goes (a site-relative folder such as <c>papers/x/</c>, or a file such
/// as <c>404.html</c>), which layout renders it, its front matter and Markdown body, and structured data
/// the layout may use (<see cref="Data"/>, exposed to templates as <c>page.data</c>).
/// </summary>
public sealed record PageSource(
    string Path,
    string Layout,
    string Title,
    string Description,
    ImmutableArray<KeyValuePair<string, object>> FrontMatter,
    string Markdown,
    IReadOnlyDictionary<string, object?>? Data = null)
{
    /// <summary>True for pages written as <c>folder/index.html</c> (most pages), false for a named file such as <c>404.html</c>.</summary>
    public bool IsFolder => Path.Length == 0 || Path.EndsWith('/');
    public string HtmlPath => IsFolder ? Path + "index.html" : Path;
    public string MarkdownPath => IsFolder ? Path + "index.md" : System.IO.Path.ChangeExtension(Path, ".md");
    /// <summary>The day the page's content last changed, when it has a real date (a day, a paper's last trending day); for the sitemap.</summary>
    public DateOnly? LastModified { get; init; }

    /// <summary>
    /// The body as blocks whose concatenation is <see cref="Markdown"/>, when the page has shared blocks
    /// (see <see cref="MarkdownBody"/>); default otherwise.
    /// </summary>
    public ImmutableArray<MarkdownBlock> Blocks { get; init; }

    /// <summary>A page whose body is made of blocks, some shared with other pages.</summary>
    public static PageSource FromBlocks(string path, string layout, string title, string description,
        ImmutableArray<KeyValuePair<string, object>> frontMatter, MarkdownBody body, IReadOnlyDictionary<string, object?>? data = null)
    {
        var blocks = body.ToBlocks();
        return new PageSource(path, layout, title, description, frontMatter, string.Concat(blocks.Select(b => b.Text)), data) { Blocks = blocks };
    }

}
