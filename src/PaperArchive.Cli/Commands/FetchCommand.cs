using System.ComponentModel;
using System.Globalization;
using System.Text;
using PaperArchive.Diagnostics;
using PaperArchive.Fetch;
using PaperArchive.Model;
using Spectre.Console;
using Spectre.Console.Cli;

namespace PaperArchive.Cli.Commands;

public sealed class FetchSettings : CommandSettings
{
    [CommandOption("--date <YYYY-MM-DD>")]
    [Description("Fetch this one day.")]
    public string? Date { get; init; }

    [CommandOption("--since <YYYY-MM-DD>")]
    [Description("Backfill from this day (included) to --until. Days already stored are skipped, so running it again resumes.")]
    public string? Since { get; init; }

    [CommandOption("--until <YYYY-MM-DD>")]
    [Description("Last day of a backfill (included). Default: today (UTC).")]
    public string? Until { get; init; }

    [CommandOption("-i|--input <FOLDER>")]
    [Description("The archive (days go to its digests/ folder). Default: input")]
    public string Input { get; init; } = "input";

    [CommandOption("--api <URL>")]
    [Description("The API's address. Default: https://huggingface.co")]
    public string Api { get; init; } = "https://huggingface.co";

    [CommandOption("--refresh")]
    [Description("Ask stored days (and days known to be empty, or stored enrichment) again; a day's file is replaced when papers were added or counts changed.")]
    public bool Refresh { get; init; }

    [CommandOption("--force")]
    [Description("With --refresh: replace a day even when the API's list lacks papers the stored file has.")]
    public bool Force { get; init; }

    [CommandOption("--rate <REQUESTS_PER_SECOND>")]
    [Description("At most this many requests a second (0: no limit). Default: 1")]
    public string Rate { get; init; } = "1";

    [CommandOption("--timeout <SECONDS>")]
    [Description("Time allowed for one request, body included, before it is retried. Default: 30")]
    public string Timeout { get; init; } = "30";

    [CommandOption("--enrich")]
    [Description("Instead of fetching days: look up the papers of text and Markdown digests (by exact title) and record their arXiv ids, authors, dates and links in input/enrichment.json.")]
    public bool Enrich { get; init; }

    [CommandOption("--summary-file <FILE>")]
    [Description("Also append a Markdown summary to this file (e.g. \"$GITHUB_STEP_SUMMARY\").")]
    public string? SummaryFile { get; init; }
}

/// <summary>
/// <c>paperarchive fetch</c>: the archive's days from the daily-papers API. Exit codes (see <see cref="ExitCodes"/>): 0 every asked day done,
/// 1 a day failed or was refused (the others are kept), 2 bad arguments, 130/143 stopped by SIGINT (Ctrl+C) or SIGTERM
/// (whole files only; run it again to resume).
/// </summary>
public sealed class FetchCommand : AsyncCommand<FetchSettings>
{
    public const int Interrupted = 130;

    public override async Task<int> ExecuteAsync(CommandContext context, FetchSettings settings, CancellationToken cancellation)
    {
        // Numbers are parsed here, not by the option parser, so every bad argument is exit code 2 with a clear message.
        if ((Unknown(context) ?? Validate(settings)) is { } problem)
        {
            AnsiConsole.MarkupLineInterpolated($"[red]error:[/] {problem}");
            return ExitCodes.Usage;
        }
        var options = new FetchOptions
        {
            Api = new Uri(settings.Api.TrimEnd('/') + "/"),
            RequestsPerSecond = Number(settings.Rate)!.Value,
            Timeout = TimeSpan.FromSeconds(Number(settings.Timeout)!.Value),
            UserAgent = $"PaperArchive/{FetchOptions.VersionOf(typeof(FetchCommand).Assembly)} (static archive of daily papers)",
        };

        // SIGINT (Ctrl+C) or SIGTERM (a CI runner cancelling) stops between requests or aborts the one in flight: files
        // are written whole or not at all, and running the same command again resumes. A second signal ends the process.
        using var signals = StopSignals.Listen();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(signals.Token, cancellation);
        var code = settings.Enrich
            ? await EnrichCommand.RunAsync(settings, options, stop.Token)
            : await FetchDaysAsync(settings, options, stop.Token);
        return code == Interrupted ? signals.ExitCode ?? Interrupted : code;
    }

    private static string? Validate(FetchSettings settings)
    {
        if (settings.Date is not null && (settings.Since is not null || settings.Until is not null)) return "give either --date or --since/--until, not both";
        if (settings.Until is not null && settings.Since is null) return "--until needs --since";
        foreach (var (name, value) in new[] { ("--date", settings.Date), ("--since", settings.Since), ("--until", settings.Until) })
            if (value is not null && ParseDay(value) is null) return $"{name} '{value}' is not a date: write YYYY-MM-DD, e.g. 2024-10-25";
        if (ParseDay(settings.Since) is { } since && (ParseDay(settings.Until) ?? Today) < since) return "--until is before --since";
        if (ParseDay(settings.Since) is { } first && first.Year < 1990) return "--since is before 1990";
        if (!(Number(settings.Rate) is >= 0 and <= 1000)) return $"--rate '{settings.Rate}' must be 0 (no limit) or a number of requests a second up to 1000, e.g. 0.5";
        if (!(Number(settings.Timeout) is > 0 and <= 3600)) return $"--timeout '{settings.Timeout}' must be a number of seconds, more than 0 and at most 3600";
        if (!Uri.TryCreate(settings.Api, UriKind.Absolute, out var api) || api.Scheme is not ("http" or "https")) return $"--api '{settings.Api}' is not an http(s) URL";
        if (settings.Enrich && (settings.Date is not null || settings.Since is not null)) return "--enrich looks up the papers of stored text and Markdown digests; it takes no dates";
        return null;
    }

    private static string? Unknown(CommandContext context)
    {
        var unknown = context.Remaining.Parsed.Select(p => p.Key).Concat(context.Remaining.Raw).ToList();
        return unknown.Count > 0 ? $"unexpected argument(s): {string.Join(" ", unknown)} (see paperarchive fetch --help)" : null;
    }

    private static double? Number(string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number) ? number : null;

    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    private static DateOnly? ParseDay(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;

    private static async Task<int> FetchDaysAsync(FetchSettings settings, FetchOptions options, CancellationToken cancellation)
    {
        var request = settings.Date is { } date ? new FetchRequest([ParseDay(date)!.Value])
            : settings.Since is { } since ? FetchRequest.Between(ParseDay(since)!.Value, ParseDay(settings.Until) ?? Today)
            : FetchRequest.Recent(Today);
        request = request with { Refresh = request.Refresh || settings.Refresh, Force = settings.Force };

        var report = await RunWithProgressAsync(settings.Input, request, options, cancellation);

        foreach (var day in report.Days.Where(d => d.Status is DayStatus.Failed or DayStatus.Refused))
        {
            AnsiConsole.MarkupLineInterpolated($"[red]{day.Status.ToString().ToLowerInvariant()}[/] {DayStore.Name(day.Day)}: {day.Message}");
            foreach (var diagnostic in day.Diagnostics.Where(d => d.Severity == Severity.Error).Take(10))
                AnsiConsole.MarkupLineInterpolated($"  [red]{diagnostic.ToString()}[/]");
        }
        var warnings = report.Days.SelectMany(d => d.Diagnostics).Where(d => d.Severity == Severity.Warning).ToList();
        foreach (var warning in warnings.Take(20)) AnsiConsole.MarkupLineInterpolated($"[yellow]{warning.ToString()}[/]");
        if (warnings.Count > 20) AnsiConsole.MarkupLineInterpolated($"[yellow]… and {warnings.Count - 20} more warnings[/]");

        var rows = SummaryRows(report, request.Days.Length);
        var table = new Table().Border(TableBorder.Rounded).AddColumn("Fetch").AddColumn(new TableColumn("").RightAligned());
        foreach (var (label, value) in rows) table.AddRow(label, value);
        AnsiConsole.Write(table);
        if (report.Interrupted)
            AnsiConsole.MarkupLine("[yellow]Interrupted.[/] Days done so far are stored whole; run the same command again to resume.");
        if (settings.SummaryFile is { } summary) AppendSummary(summary, report, rows, warnings);
        return report.Interrupted ? Interrupted : report.AnyFailed ? ExitCodes.Failure : ExitCodes.Success;
    }

    private static async Task<FetchReport> RunWithProgressAsync(string input, FetchRequest request, FetchOptions options, CancellationToken cancellation)
    {
        var papers = 0;
        void Count(DayOutcome day) => papers += day.Status is DayStatus.Stored or DayStatus.Updated ? day.Added : 0;
        void Retry(string message) => AnsiConsole.MarkupLineInterpolated($"[grey]{message}[/]");

        if (!AnsiConsole.Profile.Capabilities.Interactive)
        {
            // Logs (CI, pipes): one line per day that did something.
            return await ArchiveFetcher.RunAsync(input, request, options, day =>
            {
                Count(day);
                if (day.Status == DayStatus.Skipped) return;
                var colour = day.Status switch { DayStatus.Failed or DayStatus.Refused => "red", DayStatus.Stored or DayStatus.Updated => "green", _ => "grey" };
                AnsiConsole.MarkupLineInterpolated($"[{colour}]{day.Status.ToString().ToLowerInvariant()}[/] {DayStore.Name(day.Day)}: {day.Message}");
            }, Retry, cancellation);
        }

        FetchReport? report = null;
        await AnsiConsole.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask($"Fetching {request.Days.Length} days", maxValue: request.Days.Length);
                report = await ArchiveFetcher.RunAsync(input, request, options, day =>
                {
                    Count(day);
                    task.Increment(1);
                    task.Description = $"{DayStore.Name(day.Day)} · {papers.ToString("N0", CultureInfo.InvariantCulture)} papers added";
                }, Retry, cancellation);
                task.StopTask();
            });
        return report!;
    }

    private static List<(string Label, string Value)> SummaryRows(FetchReport report, int asked)
    {
        static string N(int n) => n.ToString("N0", CultureInfo.InvariantCulture);
        return
        [
            ("Days asked", N(asked)),
            ("Days fetched (new)", N(report.Count(DayStatus.Stored))),
            ("Days updated", N(report.Count(DayStatus.Updated))),
            ("Days unchanged", N(report.Count(DayStatus.Unchanged))),
            ("Days already stored or known empty (not asked)", N(report.Count(DayStatus.Skipped))),
            ("Days empty (no papers)", N(report.Count(DayStatus.Empty))),
            ("Days failed", N(report.Count(DayStatus.Failed))),
            ("Days refused (would lose papers)", N(report.Count(DayStatus.Refused))),
            ("Days not reached (interrupted)", N(asked - report.Days.Length)),
            ("Papers added", N(report.PapersAdded)),
            ("Requests", N(report.Requests)),
        ];
    }

    /// <summary>The run's summary as Markdown, for the GitHub Actions job summary.</summary>
    private static void AppendSummary(string path, FetchReport report, List<(string Label, string Value)> rows, List<Diagnostic> warnings)
    {
        var text = new StringBuilder("## Fetch\n\n| | |\n| --- | ---: |\n");
        foreach (var (label, value) in rows) text.Append(CultureInfo.InvariantCulture, $"| {label} | {value} |\n");
        var problems = report.Days.Where(d => d.Status is DayStatus.Failed or DayStatus.Refused).ToList();
        if (problems.Count > 0)
        {
            text.Append("\n### Errors\n\n");
            foreach (var day in problems) text.Append(CultureInfo.InvariantCulture, $"- **{DayStore.Name(day.Day)}** ({day.Status.ToString().ToLowerInvariant()}): {MarkdownLine(day.Message)}\n");
        }
        if (warnings.Count > 0)
        {
            text.Append("\n### Warnings\n\n");
            foreach (var warning in warnings.Take(50)) text.Append(CultureInfo.InvariantCulture, $"- {MarkdownLine(warning.ToString())}\n");
            if (warnings.Count > 50) text.Append(CultureInfo.InvariantCulture, $"- … and {warnings.Count - 50} more\n");
        }
        if (report.Interrupted) text.Append("\nInterrupted before every day was asked.\n");
        File.AppendAllText(path, text.Append('\n').ToString(), new UTF8Encoding(false));
    }

    private static string MarkdownLine(string text) => text.Replace('\n', ' ').Replace("|", "\\|", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal);
}
