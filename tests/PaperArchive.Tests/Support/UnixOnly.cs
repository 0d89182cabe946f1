namespace PaperArchive.Tests.Support;

/// <summary>
/// A fact that needs Unix: signals sent with <c>kill</c>, FIFOs, symbolic links without privileges. Skipped, with a
/// plain message, on Windows (xunit 2 has no dynamic skip, so the check runs at discovery).
/// </summary>
public sealed class UnixFactAttribute : FactAttribute
{
    public UnixFactAttribute()
    {
        if (OperatingSystem.IsWindows()) Skip = "Needs Unix (kill signals, FIFOs, symbolic links).";
    }
}

/// <summary>The theory counterpart of <see cref="UnixFactAttribute"/>.</summary>
public sealed class UnixTheoryAttribute : TheoryAttribute
{
    public UnixTheoryAttribute()
    {
        if (OperatingSystem.IsWindows()) Skip = "Needs Unix (kill signals, FIFOs, symbolic links).";
    }
}
