using PaperArchive.Site;
using Spectre.Console.Cli;

namespace PaperArchive.Cli.Commands;

public sealed class BuildCommand : AsyncCommand<SiteOptions>
{
    public override async Task<int> ExecuteAsync(CommandContext context, SiteOptions options, CancellationToken cancellation)
    {
        BuildReport report;
        try
        {
            report = await BuildReporter.RunWithProgressAsync(options.ToBuildOptions(), cancellation);
        }
        catch (Exception e) when (e is not SiteOutputException)
        {
            // The library's promise: a failure before the commit point leaves the output as it was.
            throw new SiteOutputException(OutputState.Untouched, options.Output, e);
        }
        BuildReporter.PrintSummary(report, options.Output, options.Timings);
        return report.Succeeded ? ExitCodes.Success : ExitCodes.Failure;
    }
}
