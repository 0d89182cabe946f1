using System.ServiceModel.Syndication;
using System.Xml.Linq;
using PaperArchive.Routing;

namespace PaperArchive.Feeds;

/// <summary>
/// RSS 2.0 with <see cref="Rss20FeedFormatter"/>, adjusted where the formatter alone would fail the W3C feed
/// validator: dates are written as RFC 822 with a numeric zone (the formatter writes "Z"), the self link is a
/// plain <c>atom:link</c>, and authors are <c>dc:creator</c> (RSS's own <c>author</c> must be an e-mail address).
/// The formatter's output passes through an <see cref="XDocument"/> only to declare those namespaces once, on the root.
/// </summary>
public static class RssFeedWriter
{
    public const string MediaType = "application/rss+xml";

    private static readonly XNamespace Atom = FeedXml.AtomNamespace;
    private static readonly XNamespace DublinCore = FeedXml.DublinCoreNamespace;

    public static string Write(FeedChannel channel, string selfUrl)
    {
        var feed = new SyndicationFeed
        {
            Title = new TextSyndicationContent(FeedXml.Text(channel.Title)),
            Description = new TextSyndicationContent(FeedXml.Text(channel.Description)),
            Language = channel.Language,
            Generator = "PaperArchive",
        };
        feed.Links.Add(SyndicationLink.CreateAlternateLink(new Uri(channel.HomeUrl)));
        Extend(feed.ElementExtensions, new XElement(Atom + "link",
            new XAttribute("href", selfUrl), new XAttribute("rel", "self"), new XAttribute("type", RssFeedWriter.MediaType)));
        Extend(feed.ElementExtensions, new XElement("lastBuildDate", FeedXml.Rfc822(channel.Updated)));
        feed.Items = channel.Items.Select(Item).ToList();

        var document = new XDocument();
        using (var writer = document.CreateWriter()) new Rss20FeedFormatter(feed, serializeExtensionsAsAtom: false).WriteTo(writer);
        // Each extension arrives with its own namespace declaration; declare them once on <rss> with the usual prefixes.
        foreach (var declaration in document.Descendants().Attributes().Where(a => a.IsNamespaceDeclaration).ToList()) declaration.Remove();
        foreach (var empty in document.Descendants().Where(e => !e.IsEmpty && !e.HasElements && e.Value.Length == 0)) empty.RemoveNodes();
        document.Root!.Add(new XAttribute(XNamespace.Xmlns + "atom", Atom), new XAttribute(XNamespace.Xmlns + "dc", DublinCore));
        return FeedXml.Write(document.Save);
    }

    private static SyndicationItem Item(FeedItem source)
    {
        var item = new SyndicationItem
        {
            Title = new TextSyndicationContent(FeedXml.Text(source.Title)),
            // The guid is the permalink; the formatter marks it isPermaLink="true" because it equals the link.
            Id = source.Url,
        };
        item.Links.Add(SyndicationLink.CreateAlternateLink(new Uri(source.Url)));
        // An RSS description is HTML: plain text is HTML-encoded here, then XML-escaped by the writer, so a
        // reader that decodes both shows "<b>" as the text it was. The arXiv links follow it (RSS has one link).
        var description = source.ContentHtml ?? FeedHtml.Summary(source);
        if (description.Length > 0) item.Summary = SyndicationContent.CreateHtmlContent(FeedXml.Text(description));
        foreach (var category in source.Categories) item.Categories.Add(new SyndicationCategory(FeedXml.Text(category)));
        foreach (var author in source.Authors) Extend(item.ElementExtensions, new XElement(DublinCore + "creator", FeedXml.Text(author)));
        Extend(item.ElementExtensions, new XElement("pubDate", FeedXml.Rfc822(source.Published)));
        return item;
    }

    private static void Extend(SyndicationElementExtensionCollection extensions, XElement element) => extensions.Add(element.CreateReader());
}
