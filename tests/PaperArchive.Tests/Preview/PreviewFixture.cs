using System.Net;
using PaperArchive.Preview;
using PaperArchive.Site;
using PaperArchive.Tests.Incremental;

namespace PaperArchive.Tests.Preview;

/// <summary>A preview server over a temp archive (base path /sub/path/), on a free port, and a client that does not follow redirects.</summary>
public sealed class PreviewFixture : IAsyncDisposable
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    private PreviewFixture(IncrementalArchive archive, PreviewServer server)
    {
        Archive = archive;
        Server = server;
        Client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = server.SiteUrl, Timeout = Timeout.InfiniteTimeSpan };
    }

    public IncrementalArchive Archive { get; }
    public PreviewServer Server { get; }
    public HttpClient Client { get; }

    public static async Task<PreviewFixture> StartAsync()
    {
        var archive = new IncrementalArchive();
        var options = new PreviewOptions(new BuildOptions(archive.Input, archive.Site, archive.Theme) { CacheFolder = archive.Cache }, Port: 0);
        return new PreviewFixture(archive, await PreviewServer.StartAsync(options));
    }

    public async Task<(HttpStatusCode Status, string Body, string? Type)> GetAsync(string url)
    {
        using var response = await Client.GetAsync(url);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(), response.Content.Headers.ContentType?.ToString());
    }

    /// <summary>Polls until the condition holds; false after <see cref="Patience"/>.</summary>
    public static async Task<bool> EventuallyAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (DateTime.UtcNow < deadline)
        {
            if (await condition()) return true;
            await Task.Delay(100);
        }
        return false;
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Server.DisposeAsync();
        Archive.Dispose();
    }
}
