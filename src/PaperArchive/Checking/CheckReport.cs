using System.Collections.Immutable;

namespace PaperArchive.Checking;

/// <summary>What kind of problem a check found; tests and the report group by it.</summary>
public enum CheckKind
{
    /// <summary>An internal href/src/action that points at no file of the site.</summary>
    BrokenLink,
    /// <summary>A paper of the input without its page.</summary>
    MissingPaperPage,
    /// <summary>A day of the input without its page.</summary>
    MissingDayPage,
    /// <summary>A paper not linked from the page of a day it trended on.</summary>
    MissingFromDay,
    /// <summary>A paper the search page cannot find by its title words, or whose result shows another paper or links elsewhere.</summary>
    MissingFromSearch,
    /// <summary>A search file that is missing, unreadable or disagrees with the manifest or the archive.</summary>
    BrokenSearchIndex,
    MissingFromSitemap,
    MissingFromFeed,
    /// <summary>An HTML page no other page links to.</summary>
    Orphan,
    /// <summary>An XML or JSON file (feed, sitemap, search index) that does not parse.</summary>
    Malformed,
    /// <summary>A file the build wrote that was edited or deleted afterwards (per the build's output manifest).</summary>
    ChangedSinceBuild,
    /// <summary>The input or output could not be read as a site.</summary>
    Input,
}

/// <summary>One problem: its kind, the site-relative file it is in (or about), and what is wrong.</summary>
public sealed record CheckProblem(CheckKind Kind, string File, string Message);

/// <summary>Everything a check found. <see cref="Notes"/> say which checks were skipped and why.</summary>
public sealed record CheckReport(
    ImmutableArray<CheckProblem> Problems,
    ImmutableArray<string> Notes,
    int Pages,
    int Links,
    int Papers,
    TimeSpan Elapsed)
{
    public bool Passed => Problems.IsEmpty;

    /// <summary>How long each part of the check took, in order (for <c>check --timings</c> and benchmarks).</summary>
    public ImmutableArray<CheckStage> Stages { get; init; } = [];
}

/// <summary>One timed part of a check.</summary>
public sealed record CheckStage(string Name, TimeSpan Elapsed);

/// <summary>What to check: the built site, the input it was built from, and optionally the base URL it was built with.</summary>
public sealed record CheckOptions(string Output = "output", string Input = "input", string? BaseUrl = null);
