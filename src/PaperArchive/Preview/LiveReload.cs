using System.Globalization;
using System.Net;
using System.Text;
using System.Threading.Channels;
using Microsoft.AspNetCore.Http;

namespace PaperArchive.Preview;

/// <summary>
/// Live reload over Server-Sent Events: every open page listens on <see cref="Endpoint"/>, and each build sends
/// a <c>reload</c> event. The script and the error overlay are added to HTML responses of the preview only;
/// the built files never contain them.
/// </summary>
public sealed class LiveReload
{
    public const string Endpoint = "/__paperarchive/livereload";
    public const string EventName = "reload";
    public const string OverlayId = "paperarchive-build-errors";
    private readonly Lock gate = new();
    private readonly List<Channel<int>> clients = [];

    public static string Script =>
        "<script>(function(){var s=new EventSource(\"" + Endpoint + "\");" +
        "s.addEventListener(\"" + EventName + "\",function(){s.close();location.reload();});})();</script>";

    public void Broadcast(int build)
    {
        lock (gate)
            foreach (var client in clients) client.Writer.TryWrite(build);
    }

    /// <summary>Holds the request open, writing an event per build, until the browser leaves or the server stops.</summary>
    public async Task StreamAsync(HttpContext http, CancellationToken stopping)
    {
        var channel = Channel.CreateUnbounded<int>();
        lock (gate) clients.Add(channel);
        try
        {
            using var cancel = CancellationTokenSource.CreateLinkedTokenSource(stopping, http.RequestAborted);
            http.Response.ContentType = "text/event-stream";
            http.Response.Headers.CacheControl = "no-store";
            await http.Response.WriteAsync(": connected\nretry: 1000\n\n", cancel.Token);
            await http.Response.Body.FlushAsync(cancel.Token);
            await foreach (var build in channel.Reader.ReadAllAsync(cancel.Token))
            {
                await http.Response.WriteAsync(string.Create(CultureInfo.InvariantCulture, $"event: {EventName}\ndata: {build}\n\n"), cancel.Token);
                await http.Response.Body.FlushAsync(cancel.Token);
            }
        }
        catch (OperationCanceledException) { }
        finally
        {
            lock (gate) clients.Remove(channel);
        }
    }

    /// <summary>An HTML page with the live-reload script (and the build errors, if any) added before <c>&lt;/body&gt;</c>.</summary>
    public static string Inject(string html, IReadOnlyList<string> problems)
    {
        var addition = Overlay(problems) + Script;
        var end = html.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        return end < 0 ? html + addition : html.Insert(end, addition);
    }

    /// <summary>A fixed banner listing build errors, HTML-escaped (they quote digest text).</summary>
    public static string Overlay(IReadOnlyList<string> problems)
    {
        if (problems.Count == 0) return "";
        var html = new StringBuilder();
        html.Append("<div id=\"").Append(OverlayId).Append("\" role=\"alert\" style=\"position:fixed;left:0;right:0;bottom:0;max-height:50vh;overflow:auto;")
            .Append("z-index:2147483647;margin:0;padding:1em;background:#3b0d0d;color:#fff;font:14px/1.4 monospace;white-space:pre-wrap\">")
            .Append("<strong>The last build failed; showing the last good site.</strong>\n");
        foreach (var problem in problems) html.Append(WebUtility.HtmlEncode(problem)).Append('\n');
        return html.Append("</div>").ToString();
    }

    /// <summary>The page shown when no build has succeeded yet.</summary>
    public static string ErrorPage(IReadOnlyList<string> problems) =>
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Build failed · PaperArchive preview</title></head><body>"
        + "<h1>The build failed</h1><p>Fix the problem below and save; this page reloads by itself.</p>"
        + Inject("", problems) + "</body></html>";
}
