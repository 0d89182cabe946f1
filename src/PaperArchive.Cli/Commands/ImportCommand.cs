using System.ComponentModel;
using PaperArchive.Import;
using Spectre.Console;
using Spectre.Console.Cli;

namespace PaperArchive.Cli.Commands;

public sealed class ImportSettings : CommandSettings
{
    [CommandArgument(0, "<PATHS>")]
    [Description("Digest files, or folders of them, in any supported format.")]
    public string[] Paths { get; init; } = [];

    [CommandOption("-i|--input <FOLDER>")]
    [Description("The archive to import into (digests go to its digests/ folder). Default: input")]
    public string Input { get; init; } = "input";

    [CommandOption("--force")]
    [Description("Replace a day that already exists, even if the new file has fewer papers.")]
    public bool Force { get; init; }
}

/// <summary><c>paperarchive import</c>: validate digests and store them by date; non-zero exit if anything was refused.</summary>
public sealed class ImportCommand : Command<ImportSettings>
{
    public override int Execute(CommandContext context, ImportSettings settings, CancellationToken cancellation)
    {
        var report = DigestImporter.Import(settings.Paths, settings.Input, settings.Force);
        foreach (var outcome in report.Outcomes)
        {
            var colour = outcome.Status switch { ImportStatus.Stored => "green", ImportStatus.Unchanged => "grey", _ => "red" };
            var where = outcome.Target is null ? "" : " → " + outcome.Target;
            AnsiConsole.MarkupLineInterpolated($"[{colour}]{outcome.Status.ToString().ToLowerInvariant()}[/] {outcome.Source}{where}: {outcome.Message}");
            foreach (var diagnostic in outcome.Diagnostics)
                AnsiConsole.MarkupLineInterpolated($"  [{(diagnostic.Severity == Diagnostics.Severity.Error ? "red" : "yellow")}]{diagnostic.ToString()}[/]");
        }
        return report.AnyRefused ? ExitCodes.Failure : ExitCodes.Success;
    }
}
