using System.Globalization;
using PaperArchive.Diagnostics;
using PaperArchive.Site;
using Spectre.Console;

namespace PaperArchive.Cli.Commands;

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
            var stages = new Table().Border(TableBorder.Rounded).AddColumn("Phase").AddColumn(new TableColumn("Items").RightAligned()).AddColumn(new TableColumn("Seconds").RightAligned());
            foreach (var phase in report.Timings)
                stages.AddRow(phase.Name, phase.Items.ToString("N0", CultureInfo.InvariantCulture), phase.Elapsed.TotalSeconds.ToString("0.000", CultureInfo.InvariantCulture));
            AnsiConsole.Write(stages);
            // The work an incremental build did; the rest came from the cache or was left as it is in the output.
            AnsiConsole.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Work done: {report.DigestsParsed:N0} digests parsed, {report.PapersTagged:N0} papers tagged, {report.PagesRendered:N0} pages rendered, {report.FeedsFormatted:N0} feeds formatted."));
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
        if (!report.Written)
        {
            AnsiConsole.MarkupLine("[red]--strict, and the digests above have errors.[/]");
            CommandErrors.TellWhatWasWritten(OutputState.Untouched, output);
        }
        else if (report.Errors > 0) AnsiConsole.MarkupLineInterpolated($"[red]Built {output} without the digests above that have errors.[/]");
        else AnsiConsole.MarkupLineInterpolated($"[green]Built {output}.[/]");
    }
}
