using System.ComponentModel;
using System.Globalization;
using PaperArchive.Preview;
using Spectre.Console;
using Spectre.Console.Cli;

namespace PaperArchive.Cli.Commands;

public sealed class ServeSettings : SiteOptions
{
    [CommandOption("-p|--port <PORT>")]
    [Description("Port to serve the preview on (0: any free port). Default: 5080")]
    public int Port { get; init; } = PreviewOptions.DefaultPort;

    [CommandOption("--host <ADDRESS>")]
    [Description("Address or name to listen on and answer to, instead of 127.0.0.1 (with localhost and [::1]). 0.0.0.0 listens on every interface. The preview is not for the public.")]
    public string? Host { get; init; }
}

/// <summary>
/// <c>paperarchive serve</c>: build, serve on 127.0.0.1 under the base path, rebuild and reload on change, until
/// SIGINT (Ctrl+C) or SIGTERM, which stop it within two seconds with the output as the last completed build left it.
/// </summary>
public sealed class ServeCommand : AsyncCommand<ServeSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, ServeSettings settings, CancellationToken cancellation)
    {
        using var signals = StopSignals.Listen();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(signals.Token, cancellation);
        try
        {
            var build = settings.ToBuildOptions() with { WaitingForOutput = holder => BuildReporter.PrintWaiting(settings.Output, holder) };
            // The same rules as build: refuse an output that is not PaperArchive's before serving anything.
            using (Site.OutputFolder.Open(build.Output, build.Input, build.Theme, build.WaitingForOutput, stop.Token)) { }
            var options = new PreviewOptions(build, settings.Port, settings.Host);
            await using (var server = await PreviewServer.StartAsync(options, Print, stop.Token))
            {
                // The warning first, so nobody (and no script) reads the address without it.
                if (server.Hosts.IsPublic)
                    AnsiConsole.MarkupLineInterpolated(
                        $"[yellow]warning:[/] listening on {server.Hosts.Listen}: other machines can reach this preview. It is a preview for you, not a web server for the public (no TLS, no access control, live reload for anyone).");
                // The address on a line of its own: a terminal makes it a link, and a script can read it.
                AnsiConsole.WriteLine($"Serving {server.SiteUrl.AbsoluteUri}");
                AnsiConsole.MarkupLineInterpolated($"Preview build in {settings.Output}; watching {settings.Input} and {settings.Theme}. Ctrl+C stops.");
                try { await Task.Delay(Timeout.Infinite, stop.Token); }
                catch (OperationCanceledException) { }
                AnsiConsole.MarkupLine("Stopping.");
            }
            return signals.ExitCode ?? ExitCodes.Success;
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // Stopped while starting: the first build was stopped before it wrote anything.
            return signals.ExitCode ?? ExitCodes.Success;
        }
    }

    private static void Print(PreviewBuild build)
    {
        var time = DateTime.Now.ToString("HH:mm:ss", CultureInfo.InvariantCulture);
        var changed = build.ChangedFiles.Count == 0 ? "" : $" after {build.ChangedFiles.Count} change(s)";
        if (build.Report is { } report)
            AnsiConsole.MarkupLineInterpolated(
                $"[grey]{time}[/] build {build.Number}{changed}: {report.Pages} pages, {report.PagesRendered} rendered, {report.FilesWritten} files written in {report.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture)} s");
        foreach (var problem in build.Problems)
            AnsiConsole.MarkupLineInterpolated($"[red]{problem}[/]");
        if (build.Error is not null)
            AnsiConsole.MarkupLineInterpolated($"[red]{time} build {build.Number} failed; still serving the last good site.[/]");
    }
}
