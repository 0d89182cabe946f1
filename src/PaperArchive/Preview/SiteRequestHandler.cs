using System.Net;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace PaperArchive.Preview;

/// <summary>
/// Serves the built site the way a static host does, under the base path: <c>folder/</c> → its index.html,
/// <c>folder</c> → a redirect to <c>folder/</c>, missing files → the site's 404.html with status 404, and
/// anything outside the base path → 404 with a link to it. HTML gets the live-reload script on the way out.
/// It answers only the Host names of <see cref="PreviewHosts"/>, serves only files inside the output folder
/// (<see cref="SiteFiles"/>), and redirects only to paths of the site.
/// </summary>
public sealed class SiteRequestHandler(string basePath, string siteFolder, PreviewHosts hosts, LiveReload liveReload, Func<(PreviewBuild Build, bool HasSite)> state)
{
    /// <summary>No file of a site is anywhere near this; a larger one is not read into memory to be served.</summary>
    public const long MaxFileBytes = 256L * 1024 * 1024;
    private readonly SiteFiles files = new(siteFolder);

    public async Task HandleAsync(HttpContext http, CancellationToken stopping)
    {
        http.Response.Headers.CacheControl = "no-store";
        var port = http.Connection.LocalPort;
        if (!hosts.Allows(http.Request.Host, port))
        {
            await WriteAsync(http, StatusCodes.Status403Forbidden, "text/plain; charset=utf-8",
                $"This preview answers only requests for {hosts.Describe(port)}. To reach it by another name, start it with --host <name>.\n");
            return;
        }
        if (!HttpMethods.IsGet(http.Request.Method) && !HttpMethods.IsHead(http.Request.Method))
        {
            http.Response.Headers.Allow = "GET, HEAD";
            await WriteAsync(http, StatusCodes.Status405MethodNotAllowed, "text/plain; charset=utf-8", "The preview serves files: GET and HEAD only.\n");
            return;
        }
        var path = http.Request.Path.Value is { Length: > 0 } p ? p : "/";
        if (path == LiveReload.Endpoint) { await liveReload.StreamAsync(http, stopping); return; }

        if (!path.StartsWith(basePath, StringComparison.Ordinal))
        {
            if (path + "/" == basePath) { await RedirectAsync(http, basePath); return; }
            var link = WebUtility.HtmlEncode(basePath);
            await WriteAsync(http, StatusCodes.Status404NotFound, "text/html; charset=utf-8",
                $"<!DOCTYPE html><title>Not found</title><p>This preview serves the site under <a href=\"{link}\">{link}</a>, as its host will.</p>");
            return;
        }
        var (build, hasSite) = state();
        if (!hasSite)
        {
            await WriteAsync(http, StatusCodes.Status500InternalServerError, "text/html; charset=utf-8", LiveReload.ErrorPage(build.Problems));
            return;
        }

        var relative = path[basePath.Length..];
        if (SiteFiles.Names(relative) is not { } names)
        {
            await ServeNotFoundAsync(http, build);
            return;
        }
        var folderWanted = relative.Length == 0 || relative.EndsWith('/');
        switch (files.Find(names))
        {
            case SiteEntry.Folder when !folderWanted:
                // Rebuilt from the checked names, never from the raw path, so it cannot name another host.
                await RedirectAsync(http, basePath + string.Concat(names.Select(n => Uri.EscapeDataString(n) + "/")) + http.Request.QueryString);
                break;
            case SiteEntry.Folder when files.Find([.. names, "index.html"]) is SiteEntry.File index:
                await ServeFileAsync(http, StatusCodes.Status200OK, index.RealPath, build);
                break;
            case SiteEntry.File file when !folderWanted:
                await ServeFileAsync(http, StatusCodes.Status200OK, file.RealPath, build);
                break;
            default:
                await ServeNotFoundAsync(http, build);
                break;
        }
    }

    private async Task ServeNotFoundAsync(HttpContext http, PreviewBuild build)
    {
        if (files.Find(["404.html"]) is SiteEntry.File page) await ServeFileAsync(http, StatusCodes.Status404NotFound, page.RealPath, build);
        else await WriteAsync(http, StatusCodes.Status404NotFound, "text/plain; charset=utf-8", "Not found.");
    }

    private static async Task ServeFileAsync(HttpContext http, int status, string file, PreviewBuild build)
    {
        byte[]? bytes;
        // A build may be replacing the file right now; a request that misses it says so.
        try { bytes = await ReadAsync(file, http.RequestAborted); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            await WriteAsync(http, StatusCodes.Status503ServiceUnavailable, "text/plain; charset=utf-8", "Rebuilding; reload in a moment.");
            return;
        }
        if (bytes is null)
        {
            await WriteAsync(http, StatusCodes.Status500InternalServerError, "text/plain; charset=utf-8", $"The file is larger than {MaxFileBytes / (1024 * 1024)} MB; the preview does not serve it.");
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

    /// <summary>
    /// The bytes the file's size announces, and no more. A special file (a FIFO, a device) announces none and is
    /// never opened, so it can neither hang a request nor be read without end. Null when the file is too large.
    /// </summary>
    private static async Task<byte[]?> ReadAsync(string file, CancellationToken cancellation)
    {
        var length = new FileInfo(file).Length;
        if (length == 0) return [];
        if (length > MaxFileBytes) return null;
        using var handle = File.OpenHandle(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, FileOptions.Asynchronous);
        var bytes = new byte[length];
        var read = 0;
        while (read < bytes.Length)
        {
            var n = await RandomAccess.ReadAsync(handle, bytes.AsMemory(read), read, cancellation);
            if (n == 0) return bytes[..read];
            read += n;
        }
        return bytes;
    }

    /// <summary>Redirects within the site only: the location is a path with a single leading slash (never <c>//host</c> or <c>/\host</c>).</summary>
    private static Task RedirectAsync(HttpContext http, string location)
    {
        if (!IsSitePath(location))
            return WriteAsync(http, StatusCodes.Status404NotFound, "text/plain; charset=utf-8", "Not found.");
        http.Response.StatusCode = StatusCodes.Status301MovedPermanently;
        http.Response.Headers.Location = location;
        return Task.CompletedTask;
    }

    public static bool IsSitePath(string location) =>
        location.StartsWith('/') && !location.StartsWith("//", StringComparison.Ordinal) && !location.StartsWith("/\\", StringComparison.Ordinal)
        && !location.Any(char.IsControl);

    private static Task WriteAsync(HttpContext http, int status, string type, string body)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = type;
        return http.Response.WriteAsync(body, http.RequestAborted);
    }
}
