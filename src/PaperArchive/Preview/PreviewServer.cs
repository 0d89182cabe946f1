using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PaperArchive.Settings;
using PaperArchive.Site;

namespace PaperArchive.Preview;

/// <summary>
/// The preview: builds the site with its base URL moved to <c>http://127.0.0.1:&lt;port&gt;</c> (same path as the
/// real host), serves it with Kestrel on the loopback interface only, rebuilds when the input or theme changes,
/// and reloads open pages. A failed rebuild keeps the last good site and shows the errors over it.
/// </summary>
public sealed class PreviewServer : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly PreviewOptions options;
    private readonly Action<PreviewBuild>? onBuild;
    private readonly LiveReload liveReload = new();
    private readonly SemaphoreSlim building = new(1, 1);
    private readonly CancellationTokenSource stopping = new();
    private ChangeWatcher? watcher;
    private SiteRequestHandler? handler;
    private int builds;

    private PreviewServer(WebApplication app, PreviewOptions options, Action<PreviewBuild>? onBuild)
    {
        this.app = app;
        this.options = options;
        this.onBuild = onBuild;
        LastBuild = new PreviewBuild(0, null, "Building…", []);
    }

    /// <summary>The site's address, e.g. <c>http://127.0.0.1:5080/paper-archive/</c>.</summary>
    public Uri SiteUrl { get; private set; } = new("http://127.0.0.1/");
    public PreviewBuild LastBuild { get; private set; }
    /// <summary>True once a build has written a site to serve.</summary>
    public bool HasSite { get; private set; }

    /// <summary>Starts serving, runs the first build and starts watching. Port 0 picks a free port.</summary>
    public static async Task<PreviewServer> StartAsync(PreviewOptions options, Action<PreviewBuild>? onBuild = null, CancellationToken cancellation = default)
    {
        // The path part of the base URL decides where the site lives; only the host changes for the preview.
        var basePath = SettingsLoader.Load(options.Build.Input, options.Build.BaseUrl).BasePath;

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [] });
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, options.Port));
        var app = builder.Build();
        var server = new PreviewServer(app, options, onBuild);
        app.Run(http => server.handler is { } h ? h.HandleAsync(http, server.stopping.Token) : Task.CompletedTask);
        await app.StartAsync(cancellation).ConfigureAwait(false);

        var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        server.SiteUrl = new Uri(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{address.Port}{basePath}"));
        server.handler = new SiteRequestHandler(basePath, Path.GetFullPath(options.Build.Output), server.liveReload, () => (server.LastBuild, server.HasSite));

        await server.RebuildAsync([]).ConfigureAwait(false);
        server.watcher = new ChangeWatcher([options.Build.Input, options.Build.Theme], options.Debounce, server.RebuildAsync);
        return server;
    }

    /// <summary>Builds now (the watcher calls this after each burst of changes) and tells open pages to reload.</summary>
    public async Task RebuildAsync(IReadOnlyList<string> changedFiles)
    {
        await building.WaitAsync().ConfigureAwait(false);
        try
        {
            var number = ++builds;
            PreviewBuild result;
            try
            {
                var report = await SiteBuilder.BuildAsync(options.Build with { BaseUrl = SiteUrl.AbsoluteUri }, null, stopping.Token).ConfigureAwait(false);
                result = new PreviewBuild(number, report, null, changedFiles);
                HasSite |= report.Written;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Any failure (settings, theme, a reader bug) must leave the preview running on the last good site.
                result = new PreviewBuild(number, null, e.Message, changedFiles);
            }
            LastBuild = result;
            onBuild?.Invoke(result);
            liveReload.Broadcast(number);
        }
        finally
        {
            building.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        watcher?.Dispose();
        // End the open live-reload streams first, or stopping would wait for them.
        await stopping.CancelAsync().ConfigureAwait(false);
        await building.WaitAsync().ConfigureAwait(false);
        await app.StopAsync().ConfigureAwait(false);
        await app.DisposeAsync().ConfigureAwait(false);
        stopping.Dispose();
        building.Dispose();
    }
}
