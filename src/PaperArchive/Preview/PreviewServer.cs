using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using PaperArchive.Settings;
using PaperArchive.Site;

namespace PaperArchive.Preview;

/// <summary>
/// The preview: builds the site with its base URL moved to <c>http://127.0.0.1:&lt;port&gt;</c> (same path as the
/// real host), serves it with Kestrel on the loopback interface only (unless <see cref="PreviewOptions.Host"/> says
/// otherwise), rebuilds when the input or theme changes, and reloads open pages. A failed rebuild keeps the last
/// good site and shows the errors over it. Disposing it stops it promptly: a build in progress is stopped the way
/// <see cref="StoppableBuild"/> stops one, so the output is left as the last completed build left it.
/// </summary>
public sealed class PreviewServer : IAsyncDisposable
{
    /// <summary>How long stopping waits for open connections (a page still downloading) before closing them.</summary>
    private static readonly TimeSpan ConnectionGrace = TimeSpan.FromMilliseconds(500);
    private readonly WebApplication app;
    private readonly PreviewOptions options;
    private readonly Action<PreviewBuild>? onBuild;
    private readonly LiveReload liveReload = new();
    private readonly SemaphoreSlim building = new(1, 1);
    private readonly CancellationTokenSource stopping = new();
    private ChangeWatcher? watcher;
    private int builds;

    private PreviewServer(WebApplication app, PreviewOptions options, PreviewHosts hosts, Action<PreviewBuild>? onBuild)
    {
        this.app = app;
        this.options = options;
        this.onBuild = onBuild;
        Hosts = hosts;
        LastBuild = new PreviewBuild(0, null, "Building…", []);
    }

    /// <summary>The site's address, e.g. <c>http://127.0.0.1:5080/paper-archive/</c>.</summary>
    public Uri SiteUrl { get; private set; } = new("http://127.0.0.1/");
    /// <summary>Where the preview listens and which Host names it answers.</summary>
    public PreviewHosts Hosts { get; }
    public PreviewBuild LastBuild { get; private set; }
    /// <summary>True once a build has written a site to serve.</summary>
    public bool HasSite { get; private set; }

    /// <summary>Starts serving, runs the first build and starts watching. Port 0 picks a free port. <paramref name="cancellation"/> stops a start in progress.</summary>
    public static async Task<PreviewServer> StartAsync(PreviewOptions options, Action<PreviewBuild>? onBuild = null, CancellationToken cancellation = default)
    {
        // The path part of the base URL decides where the site lives; only the host changes for the preview.
        var basePath = SettingsLoader.Load(options.Build.Input, options.Build.BaseUrl).BasePath;
        var hosts = PreviewHosts.For(options.Host);

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [] });
        builder.Logging.ClearProviders();
        // The owner stops the preview (serve on SIGINT or SIGTERM, tests by disposing it); the host's own signal
        // handling would stop Kestrel behind its back and leave the process running.
        builder.Services.AddSingleton<IHostLifetime, OwnerStoppedLifetime>();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(hosts.Listen, options.Port));
        var app = builder.Build();
        var server = new PreviewServer(app, options, hosts, onBuild);
        var handler = new SiteRequestHandler(basePath, Path.GetFullPath(options.Build.Output), hosts, server.liveReload, () => (server.LastBuild, server.HasSite));
        app.Run(http => handler.HandleAsync(http, server.stopping.Token));
        await app.StartAsync(cancellation).ConfigureAwait(false);

        var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        server.SiteUrl = new Uri(string.Create(CultureInfo.InvariantCulture, $"http://{hosts.UrlHost}:{address.Port}{basePath}"));

        // Stopped during the first build (a signal while starting): it is stopped like any other, and so is the server.
        using (cancellation.Register(server.stopping.Cancel))
            await server.RebuildAsync([]).ConfigureAwait(false);
        if (cancellation.IsCancellationRequested)
        {
            await server.DisposeAsync().ConfigureAwait(false);
            cancellation.ThrowIfCancellationRequested();
        }
        server.watcher = new ChangeWatcher([options.Build.Input, options.Build.Theme], options.Debounce, server.RebuildAsync);
        return server;
    }

    /// <summary>Builds now (the watcher calls this after each burst of changes) and tells open pages to reload.</summary>
    public async Task RebuildAsync(IReadOnlyList<string> changedFiles)
    {
        try { await building.WaitAsync(stopping.Token).ConfigureAwait(false); }
        catch (OperationCanceledException) { return; }
        try
        {
            var number = ++builds;
            PreviewBuild result;
            using var run = StoppableBuild.Start(options.Build with { BaseUrl = SiteUrl.AbsoluteUri }, stopping.Token);
            try
            {
                var report = await run.WaitAsync(options.StopGrace).ConfigureAwait(false);
                result = new PreviewBuild(number, report, null, changedFiles);
                HasSite |= report.Written;
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                return;   // the preview is stopping: the build was abandoned, the output is as the last one left it
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
        // End the open live-reload streams, and stop a build in progress, first: stopping would wait for them.
        await stopping.CancelAsync().ConfigureAwait(false);
        watcher?.Dispose();
        await building.WaitAsync().ConfigureAwait(false);
        using (var connections = new CancellationTokenSource(ConnectionGrace))
            await app.StopAsync(connections.Token).ConfigureAwait(false);
        await app.DisposeAsync().ConfigureAwait(false);
        stopping.Dispose();
        building.Dispose();
    }

    /// <summary>A host lifetime that leaves starting and stopping to the code that owns the preview.</summary>
    private sealed class OwnerStoppedLifetime : IHostLifetime
    {
        public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;
        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
