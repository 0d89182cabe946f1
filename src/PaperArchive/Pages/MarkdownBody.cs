using System.Collections.Immutable;
using System.Text;

namespace PaperArchive.Pages;

/// <summary>
/// A Markdown block of a page body; shared blocks (a paper's teaser) recur on many pages. A block with
/// <see cref="Html"/> is written into the HTML page as that markup (made by the producer, every text in it encoded)
/// instead of being rendered by Markdig: list rows need markup Markdown has no syntax for (<c>&lt;details&gt;</c>);
/// its <see cref="Text"/> is what the page's Markdown source holds in its place.
/// </summary>
public readonly record struct MarkdownBlock(string Text, bool Shared, string? Html = null);

/// <summary>
/// Builds a page body from the page's own text and shared blocks. Each block ends with a blank line, so the
/// body renders as its blocks rendered one by one: a block that recurs on many pages (a paper's teaser on its
/// day, its tags' pages and the home page) is rendered once per build.
/// </summary>
public sealed class MarkdownBody
{
    private readonly ImmutableArray<MarkdownBlock>.Builder blocks = ImmutableArray.CreateBuilder<MarkdownBlock>();
    private readonly StringBuilder own = new();

    /// <summary>The page's own text (appended to the current block).</summary>
    public MarkdownBody Append(string text)
    {
        own.Append(text);
        return this;
    }

    /// <summary>A block that other pages may contain too; it must end with a blank line.</summary>
    public MarkdownBody AppendShared(string block)
    {
        Flush();
        blocks.Add(new MarkdownBlock(block, Shared: true));
        return this;
    }

    public MarkdownBody AppendBlock(MarkdownBlock block)
    {
        Flush();
        blocks.Add(block);
        return this;
    }

    /// <summary>Rows of papers, in an HTML list (see <see cref="PaperRow"/>).</summary>
    public MarkdownBody AppendRows(IEnumerable<MarkdownBlock> rows)
    {
        AppendHtml("", PaperRow.ListStart);
        foreach (var row in rows) AppendBlock(row);
        return AppendHtml("", PaperRow.ListEnd);
    }

    /// <summary>One-line rows (see <see cref="PaperRow.Compact"/>), numbered from <paramref name="start"/>.</summary>
    public MarkdownBody AppendCompactRows(IEnumerable<MarkdownBlock> rows, int start)
    {
        AppendHtml("", PaperRow.CompactListStart(start));
        foreach (var row in rows) AppendBlock(row);
        return AppendHtml("", PaperRow.ListEnd);
    }

    /// <summary>A block with its own HTML (see <see cref="MarkdownBlock.Html"/>); its Markdown must end with a blank line or be empty.</summary>
    public MarkdownBody AppendHtml(string markdown, string html)
    {
        Flush();
        blocks.Add(new MarkdownBlock(markdown, Shared: false, html));
        return this;
    }

    public ImmutableArray<MarkdownBlock> ToBlocks()
    {
        Flush();
        return blocks.ToImmutable();
    }

    private void Flush()
    {
        if (own.Length == 0) return;
        blocks.Add(new MarkdownBlock(own.ToString(), Shared: false));
        own.Clear();
    }
}
