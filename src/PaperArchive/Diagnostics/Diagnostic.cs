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

    public override string ToString()
    {
        var where = Location is null ? File : Location.StartsWith('$') ? $"{File} at {Location}" : $"{File}:{Location}";
        return $"{where}: {(Severity == Severity.Error ? "error" : "warning")}: {Message}";
    }
}
