using System.ComponentModel;
using System.Globalization;
using PaperArchive.Preview;
using Spectre.Console;
using Spectre.Console.Cli;

namespace PaperArchive.Cli.Commands;

public sealed class ServeSettings : SiteOptions
{
    [CommandOption("-p|--port <PORT>")]
    [Description("Port on 127.0.0.1 to serve the preview on. Default: 5080")]
    public int Port { get; init; } = PreviewOptions.DefaultPort;
}

/// <summary><c>paperarchive serve</c>: build, serve on 127.0.0.1 under the base path, rebuild and reload on change, until Ctrl+C.</summary>
public sealed class ServeCommand : AsyncCommand<ServeSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, ServeSettings settings, CancellationToken cancellation)
    {
        var stop = new TaskCompletionSource();
        ConsoleCancelEventHandler onCancel = (_, e) => { e.Cancel = true; stop.TrySetResult(); };
        Console.CancelKeyPress += onCancel;
        try
        {
            var build = settings.ToBuildOptions() with { WaitingForOutput = holder => BuildReporter.PrintWaiting(settings.Output, holder) };
            // The same rules as build: refuse an output that is not PaperArchive's before serving anything.
            using (Site.OutputFolder.Open(build.Output, build.Input, build.Theme, build.WaitingForOutput, cancellation)) { }
            await using var server = await PreviewServer.StartAsync(new PreviewOptions(build, settings.Port), Print, cancellation);
            AnsiConsole.MarkupLineInterpolated($"Serving [link]{server.SiteUrl.AbsoluteUri}[/] (preview build in {settings.Output}); watching {settings.Input} and {settings.Theme}. Ctrl+C stops.");
            await stop.Task.WaitAsync(cancellation);
            AnsiConsole.MarkupLine("Stopping.");
            return 0;
        }
        catch (OperationCanceledException) { return 0; }
        catch (Exception e) when (e is Settings.SettingsException or IOException)
        {
            AnsiConsole.MarkupLineInterpolated($"[red]error:[/] {e.Message}");
            return 1;
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
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
