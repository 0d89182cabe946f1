using System.Globalization;
using PaperArchive.Model;
using PaperArchive.Preview;
using PaperArchive.Settings;
using PaperArchive.Site;
using Spectre.Console;
using Spectre.Console.Cli;

namespace PaperArchive.Cli.Commands;

/// <summary>
/// <c>paperarchive build</c>. SIGINT (Ctrl+C) and SIGTERM stop it as a failed build stops (see
/// <see cref="StoppableBuild"/>): before the commit point nothing is written and the previous output is untouched;
/// once the site is being swapped in, the swap finishes. Either way it exits with 130 (SIGINT) or 143 (SIGTERM).
/// </summary>
public sealed class BuildCommand : AsyncCommand<SiteOptions>
{
    public override async Task<int> ExecuteAsync(CommandContext context, SiteOptions options, CancellationToken cancellation)
    {
        using var signals = StopSignals.Listen();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(signals.Token, cancellation);
        BuildReport report;
        try
        {
            report = await BuildReporter.RunWithProgressAsync(async progress =>
            {
                var buildOptions = options.ToBuildOptions() with { WaitingForOutput = holder => BuildReporter.PrintWaiting(options.Output, holder) };
                using var build = StoppableBuild.Start(buildOptions, stop.Token, progress);
                return await build.WaitAsync(StoppableBuild.DefaultGrace);
            });
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            AnsiConsole.MarkupLineInterpolated($"[red]Stopped by {(signals.Received is null ? "cancellation" : signals.Name)} before the site was written.[/]");
            AnsiConsole.MarkupLine("[red]Nothing was written; the previous output is untouched.[/]");
            return signals.ExitCode ?? 1;
        }
        catch (SiteCommitException e) when (e.State == OutputState.PartlyUpdated)
        {
            // Past the commit point: the message says how far the update got and that the next build finishes it.
            AnsiConsole.MarkupLineInterpolated($"[red]error:[/] {e.Message}");
            return 1;
        }
        catch (Exception e) when (e is SettingsException or Pages.ThemeException or Topics.TagVocabularyException or IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            AnsiConsole.MarkupLineInterpolated($"[red]error:[/] {e.Message}");
            AnsiConsole.MarkupLineInterpolated($"[red]This build changed nothing in {Path.GetFullPath(options.Output).TrimEnd(Path.DirectorySeparatorChar)}.[/]");
            return 1;
        }
        BuildReporter.PrintSummary(report, options.Output, options.Timings);
        if (signals.ExitCode is { } stopped)
        {
            // The signal came while the site was being swapped in: the swap was finished, so the output is whole.
            AnsiConsole.MarkupLineInterpolated($"[yellow]{signals.Name} came while the site was being written; it was finished first.[/]");
            return stopped;
        }
        return report.Succeeded ? 0 : 1;
    }
}

/// <summary>Progress while building and the summary after, shared by build and serve.</summary>
public static class BuildReporter
{
    /// <summary>Runs <paramref name="build"/>, showing its stages as a progress bar on an interactive terminal.</summary>
    public static async Task<BuildReport> RunWithProgressAsync(Func<IProgress<BuildStage>?, Task<BuildReport>> build)
    {
        if (!AnsiConsole.Profile.Capabilities.Interactive)
            return await build(null);
        BuildReport? report = null;
        await AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new ElapsedTimeColumn(), new SpinnerColumn())
            .StartAsync(async ctx =>
            {
                var task = ctx.AddTask("Reading digests", maxValue: (int)BuildStage.Done);
                var progress = new Progress<BuildStage>(stage =>
                {
                    task.Value = (int)stage;
                    task.Description = stage switch
                    {
                        BuildStage.ReadingDigests => "Reading digests",
                        BuildStage.BuildingArchive => "Building the archive",
                        BuildStage.RenderingPages => "Rendering pages",
                        BuildStage.WritingSite => "Writing the site",
                        _ => "Done",
                    };
                });
                report = await build(progress);
                task.Value = task.MaxValue;
            });
        return report!;
    }

    /// <summary>Says once, when another build holds the output, who it is and that this one waits.</summary>
    public static void PrintWaiting(string output, LockHolder? holder) =>
        AnsiConsole.MarkupLineInterpolated(
            $"[yellow]{output} is being written by {(holder?.ToString() ?? "another build")}; waiting for it to finish (Ctrl+C stops waiting).[/]");

    public static void PrintSummary(BuildReport report, string output, bool timings = false)
    {
        if (timings)
        {
            var stages = new Table().Border(TableBorder.Rounded).AddColumn("Stage").AddColumn(new TableColumn("Items").RightAligned()).AddColumn(new TableColumn("Seconds").RightAligned());
            foreach (var stage in report.Timings)
                stages.AddRow(stage.Name, stage.Documents.ToString("N0", CultureInfo.InvariantCulture), stage.Elapsed.TotalSeconds.ToString("0.000", CultureInfo.InvariantCulture));
            AnsiConsole.Write(stages);
        }
        foreach (var diagnostic in report.Diagnostics.OrderBy(d => d.File, StringComparer.Ordinal))
        {
            var colour = diagnostic.Severity == Severity.Error ? "red" : "yellow";
            AnsiConsole.MarkupLineInterpolated($"[{colour}]{diagnostic.ToString()}[/]");
        }
        var table = new Table().Border(TableBorder.Rounded).AddColumn("Build").AddColumn(new TableColumn("").RightAligned());
        string N(int n) => n.ToString("N0", CultureInfo.InvariantCulture);
        table.AddRow("Digests", N(report.Digests));
        table.AddRow("Papers", N(report.Papers));
        table.AddRow("Days", N(report.Days));
        table.AddRow("Pages (HTML)", N(report.Pages));
        table.AddRow("Files written", N(report.FilesWritten));
        table.AddRow("Files unchanged", N(report.FilesUnchanged));
        table.AddRow("Warnings", N(report.Warnings));
        table.AddRow("Errors", N(report.Errors));
        table.AddRow("Elapsed", report.Elapsed.TotalSeconds.ToString("0.00 's'", CultureInfo.InvariantCulture));
        AnsiConsole.Write(table);
        if (!report.Written) AnsiConsole.MarkupLine("[red]Nothing was written (--strict and there were errors); the previous output is untouched.[/]");
        else if (report.Errors > 0) AnsiConsole.MarkupLineInterpolated($"[red]Built {output} without the digests above that have errors.[/]");
        else AnsiConsole.MarkupLineInterpolated($"[green]Built {output}.[/]");
    }
}
