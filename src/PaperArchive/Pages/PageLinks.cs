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

    /// <summary>Every author; a name with a page (<c>authorPageMinPapers</c> or more papers) links to it.</summary>
    public string Authors(Paper paper)
    {
        var index = Model.Authors.Of(archive, settings.AuthorPageMinPapers);
        return string.Join(", ", paper.Authors.Select(name => index.PageOf(name) is { } author ? Link(name, Routes.Author(author.Slug)) : MarkdownText.Escape(name)));
    }

    public string Days(Paper paper) => string.Join(", ", paper.Days.Select(d => Link(settings.Dates.Date(d), Routes.Day(d))));
}
