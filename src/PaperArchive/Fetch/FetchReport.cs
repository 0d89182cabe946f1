using System.Collections.Immutable;
using PaperArchive.Diagnostics;
using PaperArchive.Model;

namespace PaperArchive.Fetch;

public enum DayStatus
{
    /// <summary>A new day's file was written.</summary>
    Stored,
    /// <summary>A stored day was refreshed (papers added, counts changed).</summary>
    Updated,
    /// <summary>Asked again; the API's answer is the stored file, byte for byte.</summary>
    Unchanged,
    /// <summary>Already stored and not asked (no <c>--refresh</c>).</summary>
    Skipped,
    /// <summary>The API has no items for the day (weekends, holidays); no file.</summary>
    Empty,
    /// <summary>A refresh that would lose papers, refused without <c>--force</c>.</summary>
    Refused,
    /// <summary>The API failed or answered something unusable; nothing of the day was kept.</summary>
    Failed,
}

/// <summary>What happened to one day. <see cref="Papers"/> is the day's count now; <see cref="Added"/> the papers new to the day.</summary>
public sealed record DayOutcome(DateOnly Day, DayStatus Status, int Papers, int Added, string Message)
{
    public string? File { get; init; }
    public ImmutableArray<Diagnostic> Diagnostics { get; init; } = [];
    public int Requests { get; init; }
}

public sealed record FetchReport(ImmutableArray<DayOutcome> Days, bool Interrupted, int Requests)
{
    public int Count(DayStatus status) => Days.Count(d => d.Status == status);
    public int PapersAdded => Days.Sum(d => d.Added);
    /// <summary>A day that failed or was refused; the others are kept.</summary>
    public bool AnyFailed => Days.Any(d => d.Status is DayStatus.Failed or DayStatus.Refused);
}
