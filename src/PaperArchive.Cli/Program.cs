using PaperArchive.Cli.Commands;
using Spectre.Console.Cli;

var app = new CommandApp();
app.Configure(config =>
{
    config.SetApplicationName("paperarchive");
    config.AddCommand<BuildCommand>("build")
        .WithDescription("Build the site from input/ into output/ (atomically: a failed build leaves the previous output untouched).")
        .WithExample("build")
        .WithExample("build", "--input", "my-archive", "--output", "public", "--base-url", "https://user.github.io/papers/");
    config.AddCommand<CheckCommand>("check").WithDescription("Verify a built site against its input: links, pages, day pages, search, sitemap, feeds.");
});
return await app.RunAsync(args);
