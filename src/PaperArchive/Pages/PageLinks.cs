using System.Text;
using PaperArchive.Display;
using PaperArchive.Model;
using PaperArchive.Routing;
using PaperArchive.Settings;

namespace PaperArchive.Pages;

/// <summary>Markdown snippets shared by page builders: links that honour the base path, tag lists, paper teasers.</summary>
public sealed class PageLinks(SiteSettings settings, Archive archive)
{
    public string Link(string text, string sitePath) => $"[{MarkdownText.LinkText(text)}]({MarkdownText.Destination(settings.Link(sitePath))})";
    public static string External(string text, string url) => $"[{MarkdownText.LinkText(text)}]({MarkdownText.Destination(url)})";

    public string Tags(Paper paper) => string.Join(", ", paper.Tags.Select(slug => Link(archive.TagOf(slug).Name, Routes.Tag(slug))));

    public string Days(Paper paper) => string.Join(", ", paper.Days.Select(d => Link(DisplayText.Date(d), Routes.Day(d))));

    /// <summary>A paper as listed on day, home and tag pages: linked title, dates when asked, excerpt, tags.</summary>
    public string Teaser(Paper paper, bool showDays, string heading = "##")
    {
        var markdown = new StringBuilder(settings.ExcerptLength + 512);
        markdown.Append(heading).Append(' ').Append(Link(paper.Title, Routes.Paper(paper.Slug))).Append("\n\n");
        if (showDays) markdown.Append("Trending on ").Append(Days(paper)).Append("\n\n");
        if (paper.Abstract.Length > 0)
            markdown.Append(MarkdownText.Escape(Excerpt.Of(paper.Abstract, settings.ExcerptLength))).Append("\n\n");
        if (paper.Tags.Length > 0) markdown.Append("Tags: ").Append(Tags(paper)).Append("\n\n");
        return markdown.ToString();
    }
}
