using System.Xml;

namespace PaperArchive.Feeds;

/// <summary>One feed in an OPML list: what readers show for it, the feed's URL and the page it follows.</summary>
public sealed record FeedOutline(string Title, string FeedUrl, string HomeUrl);

/// <summary>
/// OPML 2.0 (http://opml.org/spec2.opml), the subscription list feed readers import: the site's feeds at the top,
/// then one folder of every topic's feed, so a reader can follow the whole archive, or pick topics, in one step.
/// No dates: <c>dateCreated</c> is optional, and a build time would make builds differ.
/// </summary>
public static class OpmlWriter
{
    public const string MediaType = "text/x-opml";

    public static string Write(string title, IEnumerable<FeedOutline> siteFeeds, string folderTitle, IEnumerable<FeedOutline> folder) =>
        FeedXml.Write(writer =>
        {
            writer.WriteStartDocument();
            writer.WriteStartElement("opml");
            writer.WriteAttributeString("version", "2.0");
            writer.WriteStartElement("head");
            writer.WriteElementString("title", FeedXml.Text(title));
            writer.WriteEndElement();
            writer.WriteStartElement("body");
            foreach (var feed in siteFeeds) Outline(writer, feed);
            var inFolder = folder.ToList();
            if (inFolder.Count > 0)
            {
                writer.WriteStartElement("outline");
                writer.WriteAttributeString("text", FeedXml.Text(folderTitle));
                writer.WriteAttributeString("title", FeedXml.Text(folderTitle));
                foreach (var feed in inFolder) Outline(writer, feed);
                writer.WriteEndElement();
            }
            writer.WriteEndElement();
            writer.WriteEndElement();
            writer.WriteEndDocument();
        });

    private static void Outline(XmlWriter writer, FeedOutline feed)
    {
        writer.WriteStartElement("outline");
        writer.WriteAttributeString("type", "rss");
        writer.WriteAttributeString("text", FeedXml.Text(feed.Title));
        writer.WriteAttributeString("title", FeedXml.Text(feed.Title));
        writer.WriteAttributeString("xmlUrl", feed.FeedUrl);
        writer.WriteAttributeString("htmlUrl", feed.HomeUrl);
        writer.WriteEndElement();
    }
}
