using System.Collections.Immutable;

namespace PaperArchive.Fetch;

/// <summary>Which days to fetch and how to treat the ones already stored.</summary>
public sealed record FetchRequest(ImmutableArray<DateOnly> Days)
{
    /// <summary>Ask stored days again (a refresh that would lose papers still needs <see cref="Force"/>).</summary>
    public bool Refresh { get; init; }
    public bool Force { get; init; }

    /// <summary>Today (UTC), which decides which empty days are old enough to remember.</summary>
    public DateOnly Today { get; init; } = DateOnly.FromDateTime(DateTime.UtcNow);

    /// <summary>The days of a backfill, oldest first: <paramref name="since"/> to <paramref name="until"/>, both included.</summary>
    public static FetchRequest Between(DateOnly since, DateOnly until) =>
        new([.. Enumerable.Range(0, until.DayNumber - since.DayNumber + 1).Select(since.AddDays)]);

    /// <summary>
    /// The daily run: yesterday and today (UTC). Both are asked even when stored, since a day's list keeps growing
    /// after midnight; the refresh rules still apply (nothing is lost without force).
    /// </summary>
    public static FetchRequest Recent(DateOnly today) => new([today.AddDays(-1), today]) { Refresh = true, Today = today };
}

/// <summary>
/// <c>paperarchive fetch</c>: asks the API for each day, stores each non-empty one through <see cref="DayStore"/>,
/// and reports every day as it finishes. One day failing never stops the others; cancelling (Ctrl+C) stops between
/// or during requests and leaves only whole files, so running the same command again resumes.
/// </summary>
public static class ArchiveFetcher
{
    public static async Task<FetchReport> RunAsync(string inputFolder, FetchRequest request, FetchOptions options,
        Action<DayOutcome>? onDay = null, Action<string>? onRetry = null, CancellationToken cancellation = default)
    {
        var store = new DayStore(inputFolder);
        var emptyDays = new EmptyDays(inputFolder);
        Directory.CreateDirectory(store.DigestFolder);
        using var client = new ApiClient(options, onRetry);
        var api = new DailyPapersApi(client, options);
        var outcomes = ImmutableArray.CreateBuilder<DayOutcome>(request.Days.Length);
        var interrupted = false;
        foreach (var day in request.Days)
        {
            if (cancellation.IsCancellationRequested) { interrupted = true; break; }
            DayOutcome outcome;
            if (!request.Refresh && store.Has(day))
            {
                outcome = new DayOutcome(day, DayStatus.Skipped, 0, 0, "already stored") { File = store.FilesOf(day)[0] };
            }
            else if (!request.Refresh && emptyDays.Contains(day))
            {
                outcome = new DayOutcome(day, DayStatus.Skipped, 0, 0, "known to have no papers (asked before)");
            }
            else
            {
                try
                {
                    var items = await api.GetDayAsync(day, cancellation).ConfigureAwait(false);
                    outcome = store.Save(items, request.Force);
                    emptyDays.Record(day, outcome.Status == DayStatus.Empty && !store.Has(day), request.Today);
                }
                catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
                {
                    interrupted = true;
                    break;
                }
                catch (DayFetchException error)
                {
                    outcome = new DayOutcome(day, DayStatus.Failed, 0, 0, error.Message);
                }
                catch (IOException error)
                {
                    outcome = new DayOutcome(day, DayStatus.Failed, 0, 0, $"{DayStore.Name(day)}: could not store the day: {error.Message}");
                }
            }
            outcomes.Add(outcome);
            onDay?.Invoke(outcome);
        }
        return new FetchReport(outcomes.ToImmutable(), interrupted, client.Attempts);
    }
}
