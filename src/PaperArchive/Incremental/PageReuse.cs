using System.Security.Cryptography;
using PaperArchive.Pages;

namespace PaperArchive.Incremental;

/// <summary>
/// Decides which pages an incremental build need not render: those whose fingerprint — a hash of everything
/// that shapes the page (its Markdown source, layout, title, description and data, plus the theme's layouts,
/// the settings and the code) — equals the one recorded for the files now in the output, which are still intact.
/// </summary>
public sealed class PageReuse(OutputManifest? previous, string environment)
{
    public string Fingerprint(PageSource source, string markdownDocument)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        DataFingerprint.Append(hash, new object?[]
        {
            environment, source.Path, source.Layout, source.Title, source.Description, source.LastModified, markdownDocument, source.Data,
            // Blocks with their own HTML (list rows) may show more than their Markdown says (the whole abstract).
            source.Blocks.IsDefault ? null : string.Concat(source.Blocks.Select(b => b.Html)),
        });
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>True when both files of the page (Markdown and HTML) are in the output as the same fingerprint left them.</summary>
    public bool CanReuse(PageSource source, string fingerprint) =>
        previous is not null
        && Recorded(source.MarkdownPath, fingerprint) && Recorded(source.HtmlPath, fingerprint);

    /// <summary>
    /// The fingerprint of a file made from data alone (a feed): the environment, the file's path, what makes it (a
    /// writer's name) and every byte of its input, so equal fingerprints mean equal files.
    /// </summary>
    public string Fingerprint(string path, string maker, ReadOnlySpan<byte> input)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        DataFingerprint.Append(hash, new object?[] { environment, path, maker });
        hash.AppendData(input);
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>True when the file is in the output as the same fingerprint left it.</summary>
    public bool CanReuse(string path, string fingerprint) => previous is not null && Recorded(path, fingerprint);

    private bool Recorded(string path, string fingerprint) =>
        previous![path] is { } entry && entry.Fingerprint == fingerprint && previous.IsIntact(entry);
}

/// <summary>How much rendering a build did, for its report (and tests of incremental builds).</summary>
public sealed class RenderCounter
{
    private int markdown, layouts, feeds;
    public int Markdown => markdown;
    public int Layouts => layouts;
    /// <summary>Feed files formatted (the others were left as they are in the output).</summary>
    public int Feeds => feeds;
    public void CountMarkdown() => Interlocked.Increment(ref markdown);
    public void CountLayout() => Interlocked.Increment(ref layouts);
    public void CountFeed() => Interlocked.Increment(ref feeds);
}
