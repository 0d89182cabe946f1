namespace PaperArchive.Tests.Quality;

// xunit 2 has no dynamic skip: these facts decide in their constructor, so a machine without the tool
// reports the test as skipped with the reason, instead of failing or passing silently.

/// <summary>A test that drives headless Chromium through Node (tests/js).</summary>
public sealed class RequiresChromiumFactAttribute : FactAttribute
{
    public RequiresChromiumFactAttribute()
    {
        if (!Tools.OnPath("chromium")) Skip = "chromium is not on the PATH: install Debian's chromium package";
        else if (!Tools.OnPath("node") || !Tools.OnPath("npm")) Skip = "node and npm are not on the PATH: install Node.js 20";
    }
}

/// <summary>A test that runs the Nu HTML Checker (vnu.jar, from tests/js's npm packages) on Java.</summary>
public sealed class RequiresJavaFactAttribute : FactAttribute
{
    public RequiresJavaFactAttribute()
    {
        if (!Tools.OnPath("java")) Skip = "java is not on the PATH: install a Java runtime (17 or later), e.g. Debian's default-jre-headless";
        else if (!Tools.OnPath("node") || !Tools.OnPath("npm")) Skip = "node and npm are not on the PATH: install Node.js 20";
    }
}
