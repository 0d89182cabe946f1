using PaperArchive.Cli.Commands;
using Spectre.Console;
using Spectre.Console.Cli;

// Written to a log or a pipe, a message stays one line: wrapping at a guessed 80 columns would split
// the words people and scripts search for.
if (Console.IsOutputRedirected)
    AnsiConsole.Profile.Width = 4096;

var app = new CommandApp();
app.Configure(config =>
{
    config.SetApplicationName("paperarchive");
    // Every failure, of every command, is reported one way (what went wrong, what was written) with one set of exit codes.
    config.SetExceptionHandler(CommandErrors.Report);
    config.UseStrictParsing();
    config.AddCommand<BuildCommand>("build")
        .WithDescription("Build the site from input/ into output/ (atomically: a failed build leaves the previous output untouched).")
        .WithExample("build")
        .WithExample("build", "--input", "my-archive", "--output", "public", "--base-url", "https://user.github.io/papers/");
    config.AddCommand<CheckCommand>("check").WithDescription("Verify a built site against its input: links, pages, day pages, search, sitemap, feeds.");

    // Daily use: preview, import, scaffold.
    config.AddCommand<ServeCommand>("serve")
        .WithAlias("preview")
        .WithDescription("Build and serve the site on http://127.0.0.1:5080 under its base path; rebuild and reload the browser on every change.")
        .WithExample("serve")
        .WithExample("serve", "--port", "8080");
    config.AddCommand<ImportCommand>("import")
        .WithDescription("Validate digest files and store them as input/digests/YYYY-MM-DD.<ext>; refuses to replace a day without --force.")
        .WithExample("import", "~/Downloads/trending.txt")
        .WithExample("import", "new-digests/", "--force");
    config.AddCommand<FetchCommand>("fetch")
        .WithDescription("Fetch days from the Hugging Face Daily Papers API into input/digests/YYYY-MM-DD.json (default: yesterday and today, UTC).")
        .WithExample("fetch")
        .WithExample("fetch", "--since", "2023-05-04")
        .WithExample("fetch", "--date", "2024-10-25", "--refresh")
        .WithExample("fetch", "--enrich");
    config.AddCommand<NewCommand>("new")
        .WithDescription("Create a new archive (settings, a sample digest, .gitignore, GitHub Pages workflow, theme) in an empty folder.")
        .WithExample("new", "my-archive");
});
return await app.RunAsync(args);
