using System.Text;

namespace PaperArchive.Lunr.Tests.Support;

public static class Bytes
{
    /// <summary>Asserts byte equality, reporting the first difference with some context from both sides.</summary>
    public static void AssertIdentical(byte[] expected, byte[] actual, string what)
    {
        var length = Math.Min(expected.Length, actual.Length);
        var at = expected.AsSpan(0, length).CommonPrefixLength(actual.AsSpan(0, length));
        if (at == length && expected.Length == actual.Length) return;
        string Around(byte[] bytes) => Encoding.UTF8.GetString(bytes, Math.Max(0, at - 80), Math.Min(bytes.Length, at + 80) - Math.Max(0, at - 80));
        Assert.Fail($"{what}: first difference at byte {at} (lengths {expected.Length} vs {actual.Length}).\n" +
                    $"lunr.js: …{Around(expected)}…\nC#:      …{Around(actual)}…");
    }
}
