using System.ComponentModel;
using System.Globalization;
using PaperArchive.Checking;
using Spectre.Console;
using Spectre.Console.Cli;

namespace PaperArchive.Cli.Commands;

public sealed class CheckSettings : CommandSettings
{
    [CommandArgument(0, "[output]")]
    [Description("The built site to check. Default: output")]
    public string Output { get; init; } = "output";

    [CommandOption("-i|--input <FOLDER>")]
    [Description("The archive the site was built from. Default: input")]
    public string Input { get; init; } = "input";

    [CommandOption("--base-url <URL>")]
    [Description("The base URL the site was built with, if it was overridden at build time.")]
    public string? BaseUrl { get; init; }

    [CommandOption("--timings")]
    [Description("Print how long each part of the check took.")]
    public bool Timings { get; init; }
}

/// <summary>Verifies a built site against its input and prints what is wrong; exits non-zero on any problem.</summary>
public sealed class CheckCommand : Command<CheckSettings>
{
    /// <summary>Enough rows to see the pattern of a failure; the count says how many more there are.</summary>
    private const int MaxRows = 200;

    public override int Execute(CommandContext context, CheckSettings settings, CancellationToken cancellation)
    {
        var report = SiteChecker.Check(new CheckOptions(settings.Output, settings.Input, settings.BaseUrl));

        // In a terminal, a table; in a CI log or a pipe, one line per problem, never wrapped, so it can be read and grepped.
        var plain = Console.IsOutputRedirected;
        foreach (var note in report.Notes) Line("grey", $"note: {note}");
        if (!report.Passed)
        {
            // A broken link in the theme repeats on every page: one row per distinct problem keeps the report readable.
            var rows = report.Problems.GroupBy(p => (p.Kind, p.Message)).ToList();
            var table = new Table().Border(TableBorder.Rounded).AddColumn("Problem").AddColumn("File").AddColumn("Message");
            foreach (var group in rows.Take(MaxRows))
            {
                var first = group.First().File;
                var file = group.Count() == 1 ? first : $"{first} and {N(group.Count() - 1)} more";
                if (plain) Console.Out.WriteLine($"{group.Key.Kind}: {file}: {group.Key.Message}");
                else table.AddRow(Markup.Escape(group.Key.Kind.ToString()), Markup.Escape(file), Markup.Escape(group.Key.Message));
            }
            if (!plain) AnsiConsole.Write(table);
            if (rows.Count > MaxRows) Line("", $"… and {N(rows.Count - MaxRows)} more kinds of problem.");
        }
        if (settings.Timings)
            foreach (var stage in report.Stages)
                Line("grey", $"{stage.Name,-18} {stage.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture),6} s");
        var summary = $"{N(report.Pages)} pages, {N(report.Links)} internal links, {N(report.Papers)} papers checked in {report.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture)} s";
        if (report.Passed) Line("green", $"OK: {summary}.");
        else Line("red", $"{N(report.Problems.Length)} problem(s): {summary}.");
        return report.Passed ? ExitCodes.Success : ExitCodes.Failure;
    }

    private static void Line(string color, string text)
    {
        if (Console.IsOutputRedirected) Console.Out.WriteLine(text);
        else if (color.Length == 0) AnsiConsole.WriteLine(text);
        else AnsiConsole.MarkupLine($"[{color}]{Markup.Escape(text)}[/]");
    }

    private static string N(int n) => n.ToString("N0", CultureInfo.InvariantCulture);
}
