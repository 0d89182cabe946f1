using System.Globalization;
using PaperArchive.Fetch;
using Spectre.Console;

namespace PaperArchive.Cli.Commands;

/// <summary><c>paperarchive fetch --enrich</c>: looks up the papers of text and Markdown digests; reports what was left as it is.</summary>
public static class EnrichCommand
{
    public static async Task<int> RunAsync(FetchSettings settings, FetchOptions options, CancellationToken cancellation)
    {
        var report = await PaperEnricher.RunAsync(settings.Input, options, settings.Refresh, paper =>
        {
            if (paper.Status == EnrichStatus.Known) return;
            var colour = paper.Status switch { EnrichStatus.Found => "green", EnrichStatus.Failed => "red", _ => "yellow" };
            AnsiConsole.MarkupLineInterpolated($"[{colour}]{Label(paper.Status)}[/] {paper.Title} ({paper.Digest}): {paper.Message}");
        }, message => AnsiConsole.MarkupLineInterpolated($"[grey]{message}[/]"), cancellation);

        static string N(int n) => n.ToString("N0", CultureInfo.InvariantCulture);
        var table = new Table().Border(TableBorder.Rounded).AddColumn("Enrich").AddColumn(new TableColumn("").RightAligned());
        table.AddRow("Papers looked up", N(report.Papers.Length - report.Count(EnrichStatus.Known)));
        table.AddRow("Found (exact title)", N(report.Count(EnrichStatus.Found)));
        table.AddRow("No match (left as they are)", N(report.Count(EnrichStatus.NoMatch)));
        table.AddRow("Several matches (left as they are)", N(report.Count(EnrichStatus.Ambiguous)));
        table.AddRow("Already looked up (not asked)", N(report.Count(EnrichStatus.Known)));
        table.AddRow("Failed", N(report.Count(EnrichStatus.Failed)));
        table.AddRow("Requests", N(report.Requests));
        AnsiConsole.Write(table);
        if (report.File is { } file) AnsiConsole.MarkupLineInterpolated($"Recorded in {file}; the build reads it (no network).");
        if (report.Interrupted)
        {
            AnsiConsole.MarkupLine("[yellow]Interrupted.[/] What was found is recorded; run the same command again to go on.");
            return FetchCommand.Interrupted;
        }
        return report.Count(EnrichStatus.Failed) > 0 ? ExitCodes.Failure : ExitCodes.Success;
    }

    private static string Label(EnrichStatus status) => status switch
    {
        EnrichStatus.Found => "found",
        EnrichStatus.NoMatch => "no match",
        EnrichStatus.Ambiguous => "ambiguous",
        EnrichStatus.Failed => "failed",
        _ => "known",
    };
}
