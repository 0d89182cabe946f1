using System.Collections.Immutable;
using System.Globalization;
using PaperArchive.Diagnostics;
using PaperArchive.Digests;
using PaperArchive.Files;

namespace PaperArchive.Import;

public enum ImportStatus { Stored, Unchanged, Refused }

/// <summary>What happened to one file: stored as <see cref="Target"/>, already there, or refused (with why).</summary>
public sealed record ImportOutcome(string Source, ImportStatus Status, string? Target, string Message, ImmutableArray<Diagnostic> Diagnostics);

public sealed record ImportReport(ImmutableArray<ImportOutcome> Outcomes)
{
    public bool AnyRefused => Outcomes.Any(o => o.Status == ImportStatus.Refused);
}

/// <summary>
/// <c>paperarchive import</c>: validates digests with the readers and stores the valid ones as
/// <c>digests/YYYY-MM-DD.ext</c> (the date the digest itself gives). An existing day is only replaced with
/// <c>force</c>; a replacement that would lose papers says so.
/// </summary>
public static class DigestImporter
{
    public static ImportReport Import(IEnumerable<string> sources, string inputFolder, bool force)
    {
        var digests = Path.Combine(inputFolder, "digests");
        Directory.CreateDirectory(digests);
        var outcomes = ExpandFolders(sources).Select(source => ImportOne(source, digests, force));
        return new ImportReport([.. outcomes]);
    }

    private static IEnumerable<string> ExpandFolders(IEnumerable<string> sources) => sources.SelectMany<string, string>(source => Directory.Exists(source)
        ? Directory.EnumerateFiles(source).Where(f => !Path.GetFileName(f).StartsWith('.')).Order(StringComparer.Ordinal)
        : [source]);

    private static ImportOutcome ImportOne(string source, string digests, bool force)
    {
        if (!File.Exists(source)) return Refused(source, "no such file", []);
        byte[] bytes;
        // Only a regular file of at most 256 MB: a FIFO or a device is refused by name, never waited on or read without end.
        try { bytes = InputFile.ReadAllBytes(source); }
        catch (InputFileException e) { return Refused(source, $"not imported: the file {e.Reason}", []); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return Refused(source, $"could not be read: {e.Message}", []); }
        var read = TryRead(() => DigestReader.ReadIsolated(source, bytes), source);
        if (read.Failed || read.Digest is not { } digest)
            return Refused(source, "not a valid digest", read.Diagnostics);

        var day = digest.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var target = Path.Combine(digests, day + Path.GetExtension(source).ToLowerInvariant());
        var existing = Directory.EnumerateFiles(digests, day + ".*").Order(StringComparer.Ordinal).ToList();
        if (existing.Count == 1 && existing[0] == target && SameBytes(target, bytes))
            return new ImportOutcome(source, ImportStatus.Unchanged, target, "already imported", read.Diagnostics);

        if (existing.Count > 0 && !force)
        {
            var had = existing.Sum(f => TryRead(() => DigestReader.Read(f), f).Digest?.Entries.Length ?? 0);
            var message = had > digest.Entries.Length
                ? $"{day} already has {had} papers in {string.Join(", ", existing.Select(Path.GetFileName))}; this file has {digest.Entries.Length}, so {had - digest.Entries.Length} would be lost (--force replaces it anyway)"
                : $"{day} already exists as {string.Join(", ", existing.Select(Path.GetFileName))} (--force replaces it)";
            return Refused(source, message, read.Diagnostics);
        }

        AtomicFile.Write(target, bytes);
        // A day is one file: a replacement in another format retires the old one.
        foreach (var old in existing.Where(f => f != target)) File.Delete(old);
        var stored = existing.Count > 0 ? "replaced " + day : "stored";
        return new ImportOutcome(source, ImportStatus.Stored, target, $"{stored} ({digest.Entries.Length} papers)", read.Diagnostics);
    }

    /// <summary>A reader that throws (a bug, or a file it cannot make sense of) is a refusal, not a crash.</summary>
    private static DigestReadResult TryRead(Func<DigestReadResult> read, string path)
    {
        try { return read(); }
        catch (Exception e) when (e is FormatException or IOException or ArgumentException or InvalidOperationException)
        {
            return new DigestReadResult(null, [new Diagnostic(Severity.Error, path, null, e.Message)]);
        }
    }

    private static bool SameBytes(string path, byte[] bytes)
    {
        try { return InputFile.ReadAllBytes(path).AsSpan().SequenceEqual(bytes); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return false; }
    }

    private static ImportOutcome Refused(string source, string message, ImmutableArray<Diagnostic> diagnostics) =>
        new(source, ImportStatus.Refused, null, message, diagnostics);
}
