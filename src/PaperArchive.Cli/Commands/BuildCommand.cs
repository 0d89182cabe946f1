using PaperArchive.Preview;
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
            return signals.ExitCode ?? ExitCodes.Failure;
        }
        catch (Exception e) when (e is not SiteCommitException { State: OutputState.PartlyUpdated })
        {
            // The library's promise: a failure before the commit point leaves the output as it was.
            throw new SiteCommitException(e.Message, OutputState.Untouched, e) { Output = options.Output };
        }
        BuildReporter.PrintSummary(report, options.Output, options.Timings);
        if (signals.ExitCode is { } stopped)
        {
            // The signal came while the site was being swapped in: the swap was finished, so the output is whole.
            AnsiConsole.MarkupLineInterpolated($"[yellow]{signals.Name} came while the site was being written; it was finished first.[/]");
            return stopped;
        }
        return report.Succeeded ? ExitCodes.Success : ExitCodes.Failure;
    }
}
