using System.Text;
using Microsoft.AspNetCore.Http;

namespace PaperArchive.Preview;

/// <summary>
/// Serves the built site the way a static host does, under the base path: <c>folder/</c> → its index.html,
/// <c>folder</c> → a redirect to <c>folder/</c>, missing files → the site's 404.html with status 404, and
/// anything outside the base path → 404 with a link to it. HTML gets the live-reload script on the way out.
/// </summary>
public sealed class SiteRequestHandler(string basePath, string siteFolder, LiveReload liveReload, Func<(PreviewBuild Build, bool HasSite)> state)
{
    public async Task HandleAsync(HttpContext http, CancellationToken stopping)
    {
        var path = http.Request.Path.Value is { Length: > 0 } p ? p : "/";
        if (path == LiveReload.Endpoint) { await liveReload.StreamAsync(http, stopping); return; }
        http.Response.Headers.CacheControl = "no-store";

        if (!path.StartsWith(basePath, StringComparison.Ordinal))
        {
            if (path + "/" == basePath) { Redirect(http, basePath); return; }
            await WriteAsync(http, StatusCodes.Status404NotFound, "text/html; charset=utf-8",
                $"<!DOCTYPE html><title>Not found</title><p>This preview serves the site under <a href=\"{basePath}\">{basePath}</a>, as its host will.</p>");
            return;
        }
        var (build, hasSite) = state();
        if (!hasSite)
        {
            await WriteAsync(http, StatusCodes.Status500InternalServerError, "text/html; charset=utf-8", LiveReload.ErrorPage(build.Problems));
            return;
        }

        var relative = path[basePath.Length..];
        if (relative.Split('/').Any(part => part is "." or ".." || part.Contains('\\')))
        {
            await ServeNotFoundAsync(http, build);
            return;
        }
        var target = Path.Combine(siteFolder, relative);
        if (relative.Length > 0 && !relative.EndsWith('/') && Directory.Exists(target))
        {
            Redirect(http, path + "/" + http.Request.QueryString);
            return;
        }
        var file = relative.Length == 0 || relative.EndsWith('/') ? Path.Combine(target, "index.html") : target;
        if (File.Exists(file)) await ServeFileAsync(http, StatusCodes.Status200OK, file, build);
        else await ServeNotFoundAsync(http, build);
    }

    private async Task ServeNotFoundAsync(HttpContext http, PreviewBuild build)
    {
        var page = Path.Combine(siteFolder, "404.html");
        if (File.Exists(page)) await ServeFileAsync(http, StatusCodes.Status404NotFound, page, build);
        else await WriteAsync(http, StatusCodes.Status404NotFound, "text/plain; charset=utf-8", "Not found.");
    }

    private async Task ServeFileAsync(HttpContext http, int status, string file, PreviewBuild build)
    {
        byte[] bytes;
        // The site folder is swapped atomically by each build; a request during the swap may miss it.
        try { bytes = await File.ReadAllBytesAsync(file, http.RequestAborted); }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            await WriteAsync(http, StatusCodes.Status503ServiceUnavailable, "text/plain; charset=utf-8", "Rebuilding; reload in a moment.");
            return;
        }
        var type = ContentTypes.For(file);
        if (ContentTypes.IsHtml(file))
            bytes = Encoding.UTF8.GetBytes(LiveReload.Inject(Encoding.UTF8.GetString(bytes), build.Problems));
        http.Response.StatusCode = status;
        http.Response.ContentType = type;
        http.Response.ContentLength = bytes.Length;
        if (!HttpMethods.IsHead(http.Request.Method)) await http.Response.Body.WriteAsync(bytes, http.RequestAborted);
    }

    private static void Redirect(HttpContext http, string location)
    {
        http.Response.StatusCode = StatusCodes.Status301MovedPermanently;
        http.Response.Headers.Location = location;
    }

    private static Task WriteAsync(HttpContext http, int status, string type, string body)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = type;
        return http.Response.WriteAsync(body, http.RequestAborted);
    }
}
