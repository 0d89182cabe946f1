using System.ComponentModel;
using PaperArchive.Site;
using Spectre.Console.Cli;

namespace PaperArchive.Cli.Commands;

/// <summary>Options every command that builds a site shares.</summary>
public class SiteOptions : CommandSettings
{
    [CommandOption("-i|--input <FOLDER>")]
    [Description("The archive: archive.yml, digests/, optional tags.yml and static/. Default: input")]
    public string Input { get; init; } = "input";

    [CommandOption("-o|--output <FOLDER>")]
    [Description("Where the site is written. Default: output")]
    public string Output { get; init; } = "output";

    [CommandOption("-t|--theme <FOLDER>")]
    [Description("The theme: layouts/*.liquid and static/. Default: theme")]
    public string Theme { get; init; } = "theme";

    [CommandOption("--base-url <URL>")]
    [Description("Absolute URL the site is served from (overrides baseUrl in archive.yml), e.g. https://user.github.io/repo/")]
    public string? BaseUrl { get; init; }

    [CommandOption("--strict")]
    [Description("Treat any digest error as fatal: write nothing. By default broken digests are reported and the others are built.")]
    public bool Strict { get; init; }

    [CommandOption("--timings")]
    [Description("Print how long each stage and pipeline took (pipelines overlap: they run in parallel).")]
    public bool Timings { get; init; }

    [CommandOption("--clean")]
    [Description("Ignore the build cache (.paperarchive/cache/ beside the input folder) and rebuild everything; the cache is rewritten.")]
    public bool Clean { get; init; }

    public BuildOptions ToBuildOptions() => new(Input, Output, BundledTheme.Resolve(Theme), BaseUrl)
    {
        Strict = Strict,
        Clean = Clean,
        CacheFolder = Incremental.BuildCache.DefaultFolder(Input),
    };
}
