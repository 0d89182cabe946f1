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
/// holds (<see cref="OutputState"/> of a <see cref="SiteCommitException"/>, decided by the library at the point of
/// failure, never guessed here).
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
            case SiteCommitException site:
                // Past the commit point the message itself says how far the update got and that the next build finishes it.
                Describe(site.State == OutputState.Untouched && site.InnerException is { } cause ? cause : site);
                if (site.State == OutputState.Untouched && site.Output is { } output) TellWhatWasWritten(OutputState.Untouched, output);
                return ExitCodes.Failure;
            default:
                Describe(error);
                return ExitCodes.Failure;
        }
    }

    /// <summary>Says what a build that stopped before its commit point left in its output folder: nothing changed.</summary>
    public static void TellWhatWasWritten(OutputState state, string output)
    {
        if (state == OutputState.Untouched)
            AnsiConsole.MarkupLineInterpolated($"[red]This build changed nothing in {Path.GetFullPath(output).TrimEnd(Path.DirectorySeparatorChar)}.[/]");
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
