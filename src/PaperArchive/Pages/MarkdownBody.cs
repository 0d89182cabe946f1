using System.Collections.Immutable;
using System.Text;

namespace PaperArchive.Pages;

/// <summary>A Markdown block of a page body; shared blocks (a paper's teaser) recur on many pages.</summary>
public readonly record struct MarkdownBlock(string Text, bool Shared);

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
