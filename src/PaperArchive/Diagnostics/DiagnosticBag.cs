using System.Collections.Immutable;
using System.Globalization;

namespace PaperArchive.Diagnostics;

/// <summary>Collects the diagnostics of one file so every reader names the file the same way.</summary>
internal sealed class DiagnosticBag(string file)
{
    private readonly ImmutableArray<Diagnostic>.Builder items = ImmutableArray.CreateBuilder<Diagnostic>();

    public string File => file;
    public bool HasErrors { get; private set; }

    public void Error(string? location, string message)
    {
        HasErrors = true;
        items.Add(new Diagnostic(Severity.Error, file, location, message));
    }

    public void Warning(string? location, string message) => items.Add(new Diagnostic(Severity.Warning, file, location, message));

    public void Error(int line, string message) => Error(Line(line), message);
    public void Warning(int line, string message) => Warning(Line(line), message);

    public ImmutableArray<Diagnostic> ToImmutable() => items.ToImmutable();

    public static string Line(int line) => line.ToString(CultureInfo.InvariantCulture);
}
