using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace PaperArchive.Feeds;

/// <summary>JSON Feed 1.1 (https://jsonfeed.org/version/1.1), written field by field so the output is stable and readable.</summary>
public static class JsonFeedWriter
{
    public const string MediaType = "application/feed+json";

    public const string Version = "https://jsonfeed.org/version/1.1";

    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        NewLine = "\n",
        // Only what JSON itself needs is escaped, so text stays readable (ü, 中文, quotes). That is safe here: the
        // feed is served as its own file, never inlined into HTML (JSON-LD in pages uses the strict encoder).
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Write(FeedChannel channel, string selfUrl)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            json.WriteStartObject();
            json.WriteString("version", Version);
            json.WriteString("title", channel.Title);
            json.WriteString("home_page_url", channel.HomeUrl);
            json.WriteString("feed_url", selfUrl);
            json.WriteString("description", channel.Description);
            json.WriteString("language", channel.Language);
            WriteAuthors(json, [channel.Author]);
            json.WriteStartArray("items");
            foreach (var item in channel.Items) WriteItem(json, item);
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length) + "\n";
    }

    private static void WriteItem(Utf8JsonWriter json, FeedItem item)
    {
        json.WriteStartObject();
        json.WriteString("id", item.Url);
        json.WriteString("url", item.Url);
        if (item.ExternalUrl is { } page) json.WriteString("external_url", page);
        json.WriteString("title", item.Title);
        // One of content_html / content_text is required; plain text stays text so nothing in it is taken as markup.
        if (item.ContentHtml is { } html) json.WriteString("content_html", html);
        // A shortened author list is said in the content, as in RSS and Atom.
        else if (item.AuthorsLeftOut > 0) json.WriteString("content_html", FeedHtml.Summary(item));
        else json.WriteString("content_text", item.Summary);
        if (item.Summary.Length > 0) json.WriteString("summary", item.Summary);
        json.WriteString("date_published", FeedXml.Rfc3339(item.Published));
        if (item.Authors.Length > 0) WriteAuthors(json, item.Authors);
        if (item.PdfUrl is { } pdf)
        {
            json.WriteStartArray("attachments");
            json.WriteStartObject();
            json.WriteString("url", pdf);
            json.WriteString("mime_type", "application/pdf");
            json.WriteString("title", "PDF");
            json.WriteEndObject();
            json.WriteEndArray();
        }
        if (item.Categories.Length > 0)
        {
            json.WriteStartArray("tags");
            foreach (var tag in item.Categories) json.WriteStringValue(tag);
            json.WriteEndArray();
        }
        json.WriteEndObject();
    }

    private static void WriteAuthors(Utf8JsonWriter json, IEnumerable<string> names)
    {
        json.WriteStartArray("authors");
        foreach (var name in names)
        {
            json.WriteStartObject();
            json.WriteString("name", name);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }
}
