using PaperArchive.Import;
using PaperArchive.Pages;
using PaperArchive.Settings;
using PaperArchive.Site;
using PaperArchive.Topics;
using Spectre.Console;
using Spectre.Console.Cli;

namespace PaperArchive.Cli.Commands;

/// <summary>The exit codes of every command; README.md ("Exit codes") lists the same.</summary>
public static class ExitCodes
{
    /// <summary>Done, and nothing was wrong.</summary>
    public const int Success = 0;
    /// <summary>The command ran into a problem: bad settings, theme or input, digest errors, a failed check, a refused import, a failed build.</summary>
    public const int Failure = 1;
    /// <summary>The command line is wrong: an unknown command or option, a missing argument.</summary>
    public const int Usage = 2;
    // build and serve stopped by a signal exit with 128 + its number, as a shell reports it: 130 (SIGINT), 143 (SIGTERM); see StopSignals.
}

/// <summary>
/// The one path by which commands report a failure: what went wrong and, for a build, what its output folder now
/// holds (<see cref="OutputState"/>, decided by the library at the point of failure, never guessed here).
/// Commands throw; <c>Program</c> hands every exception to <see cref="Report"/>.
/// </summary>
public static class CommandErrors
{
    public static int Report(Exception error, ITypeResolver? resolver = null)
    {
        switch (error)
        {
            case CommandAppException usage:
                AnsiConsole.MarkupLineInterpolated($"[red]error:[/] {usage.Message}");
                AnsiConsole.MarkupLine("See paperarchive --help.");
                return ExitCodes.Usage;
            case SiteOutputException site:
                Describe(site.InnerException ?? site);
                TellWhatWasWritten(site.State, site.Output);
                return ExitCodes.Failure;
            default:
                Describe(error);
                return ExitCodes.Failure;
        }
    }

    /// <summary>Says what a build left in its output folder.</summary>
    public static void TellWhatWasWritten(OutputState state, string output)
    {
        switch (state)
        {
            case OutputState.Untouched:
                AnsiConsole.MarkupLine("[red]Nothing was written; the previous output is untouched.[/]");
                break;
            case OutputState.UpdateInterrupted:
                AnsiConsole.MarkupLineInterpolated($"[red]The update of {output} was interrupted part way; its journal is kept, and the next build of {output} finishes it.[/]");
                break;
            case OutputState.Written:
                AnsiConsole.MarkupLineInterpolated($"[yellow]{output} was written in full; only the build cache could not be saved, so the next build does more work.[/]");
                break;
        }
    }

    private static void Describe(Exception error)
    {
        if (IsAboutTheInput(error))
        {
            AnsiConsole.MarkupLineInterpolated($"[red]error:[/] {error.Message}");
            return;
        }
        // Anything else is a defect: the whole exception, so it can be reported.
        AnsiConsole.MarkupLineInterpolated($"[red]error (a defect in PaperArchive, please report it):[/] {error.GetType().Name}: {error.Message}");
        AnsiConsole.WriteLine(error.ToString());
    }

    /// <summary>Errors that describe the input, the settings or the file system, whose message is all a user needs.</summary>
    private static bool IsAboutTheInput(Exception error) => error is SettingsException or ThemeException or TagVocabularyException
        or ScaffoldException or IOException or UnauthorizedAccessException or InvalidOperationException or ArgumentException
        or OperationCanceledException;
}
