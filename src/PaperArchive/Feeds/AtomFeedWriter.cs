using System.ServiceModel.Syndication;
using PaperArchive.Routing;

namespace PaperArchive.Feeds;

/// <summary>
/// Atom 1.0 with <see cref="Atom10FeedFormatter"/>. Every date is set explicitly: the formatter writes the
/// current time for any <c>updated</c> left unset, which would make builds differ.
/// </summary>
public static class AtomFeedWriter
{
    public const string MediaType = "application/atom+xml";

    public static string Write(FeedChannel channel, string selfUrl)
    {
        var feed = new SyndicationFeed
        {
            // The feed's id is where it is served: permanent, and different from every entry's id.
            Id = selfUrl,
            Title = new TextSyndicationContent(FeedXml.Text(channel.Title)),
            Description = new TextSyndicationContent(FeedXml.Text(channel.Description)),
            Language = channel.Language,
            Generator = "PaperArchive",
            LastUpdatedTime = channel.Updated,
        };
        // Atom needs an author for every entry; the feed's author covers entries whose paper lists none.
        feed.Authors.Add(new SyndicationPerson { Name = FeedXml.Text(channel.Author) });
        feed.Links.Add(new SyndicationLink(new Uri(channel.HomeUrl), "alternate", null, "text/html", 0));
        feed.Links.Add(new SyndicationLink(new Uri(selfUrl), "self", null, AtomFeedWriter.MediaType, 0));
        feed.Items = channel.Items.Select(Entry).ToList();
        return FeedXml.Write(new Atom10FeedFormatter(feed).WriteTo);
    }

    private static SyndicationItem Entry(FeedItem source)
    {
        var entry = new SyndicationItem
        {
            Id = source.Url,
            Title = new TextSyndicationContent(FeedXml.Text(source.Title)),
            PublishDate = source.Published,
            // Entries are dated by when they first trended; re-trending does not make them "updated" for readers.
            LastUpdatedTime = source.Published,
        };
        entry.Links.Add(new SyndicationLink(new Uri(source.Url), "alternate", null, "text/html", 0));
        // The paper elsewhere: its abstract page and PDF as related links, and in the content for readers that ignore links.
        if (source.ExternalUrl is { } page) entry.Links.Add(new SyndicationLink(new Uri(page), "related", "Abstract on arXiv", "text/html", 0));
        if (source.PdfUrl is { } pdf) entry.Links.Add(new SyndicationLink(new Uri(pdf), "related", "PDF", "application/pdf", 0));
        // type="html" with the text HTML-encoded, as in RSS: by the spec type="text" would do, but real readers
        // decode entities in it anyway (an abstract's literal "&amp;" would show as "&"); encoded HTML reads back
        // as exactly the abstract in strict and lenient readers alike.
        if (source.Summary.Length > 0) entry.Summary = SyndicationContent.CreateHtmlContent(FeedXml.Text(FeedHtml.Encode(source.Summary)));
        var content = source.ContentHtml ?? (source.ExternalUrl is not null || source.PdfUrl is not null || source.AuthorsLeftOut > 0 ? FeedHtml.Summary(source) : null);
        if (content is not null) entry.Content = SyndicationContent.CreateHtmlContent(FeedXml.Text(content));
        foreach (var author in source.Authors) entry.Authors.Add(new SyndicationPerson { Name = FeedXml.Text(author) });
        foreach (var category in source.Categories) entry.Categories.Add(new SyndicationCategory(FeedXml.Text(category)));
        return entry;
    }
}
