using System.ComponentModel;
using PaperArchive.Import;
using Spectre.Console;
using Spectre.Console.Cli;

namespace PaperArchive.Cli.Commands;

public sealed class NewSettings : CommandSettings
{
    [CommandArgument(0, "<FOLDER>")]
    [Description("An empty or new folder for the archive.")]
    public string Folder { get; init; } = "";
}

/// <summary><c>paperarchive new</c>: scaffold an archive that builds as it is.</summary>
public sealed class NewCommand : Command<NewSettings>
{
    public override int Execute(CommandContext context, NewSettings settings, CancellationToken cancellation)
    {
        var files = ArchiveScaffold.Create(settings.Folder, BundledTheme.Folder);
        foreach (var file in files) AnsiConsole.MarkupLineInterpolated($"[green]created[/] {file}");
        AnsiConsole.MarkupLineInterpolated($"Next: cd {settings.Folder} && paperarchive serve");
        return ExitCodes.Success;
    }
}
