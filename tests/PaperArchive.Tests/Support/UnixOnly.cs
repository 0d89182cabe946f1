namespace PaperArchive.Tests.Support;

/// <summary>A fact about FIFOs, devices and symbolic links to them, which only Unix file systems have; skipped, saying so, elsewhere.</summary>
public sealed class UnixFactAttribute : FactAttribute
{
    public UnixFactAttribute()
    {
        if (OperatingSystem.IsWindows()) Skip = "FIFOs and /dev/zero exist only on Unix file systems.";
    }
}

/// <summary>The theory form of <see cref="UnixFactAttribute"/>.</summary>
public sealed class UnixTheoryAttribute : TheoryAttribute
{
    public UnixTheoryAttribute()
    {
        if (OperatingSystem.IsWindows()) Skip = "FIFOs and /dev/zero exist only on Unix file systems.";
    }
}
