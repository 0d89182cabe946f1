namespace PaperArchive.Diagnostics;

public enum Severity { Warning, Error }

/// <summary>
/// A problem found in the input. <see cref="Location"/> is a line number (<c>12</c>) or a JSON path
/// (<c>$[3].paper.title</c>); every message a user sees names the file and the place.
/// </summary>
public sealed record Diagnostic(Severity Severity, string File, string? Location, string Message)
{
    public static Diagnostic Error(string file, int line, string message) => new(Severity.Error, file, line.ToString(System.Globalization.CultureInfo.InvariantCulture), message);
    public static Diagnostic Warning(string file, int line, string message) => new(Severity.Warning, file, line.ToString(System.Globalization.CultureInfo.InvariantCulture), message);

    /// <summary>A place in the input as messages name it: <c>file:12</c>, <c>file at $[3].paper.title</c>, or the file alone.</summary>
    public static string Place(string file, string? location) =>
        location is null ? file : location.StartsWith('$') ? $"{file} at {location}" : $"{file}:{location}";

    public override string ToString() => $"{Place(File, Location)}: {(Severity == Severity.Error ? "error" : "warning")}: {Message}";
}
