using System.Text;
using PaperArchive.Diagnostics;
using PaperArchive.Digests;
using PaperArchive.Tests.Support;

namespace PaperArchive.Tests.Digests;

/// <summary>Reading helpers and assertions shared by the digest tests.</summary>
internal static class DigestTestSupport
{
    public static DigestReadResult ReadText(string fileName, string content) => DigestReader.Read(fileName, Encoding.UTF8.GetBytes(content));

    /// <summary>Reads and asserts the file gave a digest without errors.</summary>
    public static Digest ReadOk(string fileName, string content)
    {
        var result = ReadText(fileName, content);
        Assert.False(result.Failed, string.Join(Environment.NewLine, result.Diagnostics));
        return result.Digest!;
    }

    public static IEnumerable<Diagnostic> Warnings(this DigestReadResult result) => result.Diagnostics.Where(d => d.Severity == Severity.Warning);

    public static IEnumerable<Diagnostic> Errors(this DigestReadResult result) => result.Diagnostics.Where(d => d.Severity == Severity.Error);

    public static void AssertNoDiagnostics(DigestReadResult result) =>
        Assert.True(result.Diagnostics.IsEmpty, string.Join(Environment.NewLine, result.Diagnostics));

    /// <summary>Asserts exactly one diagnostic of <paramref name="severity"/>, at <paramref name="location"/>, mentioning <paramref name="text"/>.</summary>
    public static Diagnostic AssertSingle(DigestReadResult result, Severity severity, string? location, string text)
    {
        var matching = result.Diagnostics.Where(d => d.Severity == severity).ToList();
        Assert.True(matching.Count == 1, $"expected one {severity}, got:{Environment.NewLine}{string.Join(Environment.NewLine, result.Diagnostics)}");
        Assert.Equal(location, matching[0].Location);
        Assert.Contains(text, matching[0].Message, StringComparison.OrdinalIgnoreCase);
        return matching[0];
    }

    /// <summary>One of the repository's own digest fixtures.</summary>
    public static string Fixture(string name) => RepoPaths.DigestFixture(name);
}
