using System.Text;
using PaperArchive.Diagnostics;
using PaperArchive.Digests;
using static PaperArchive.Tests.Digests.DigestTestSupport;

namespace PaperArchive.Tests.Digests;

public class TextDecodingTests
{
    private const string Digest = "Mar 11\n\nÜber Title\n\nWe study things in depth. The results are good. Code is available.\n";

    [Fact]
    public void Utf8_byte_order_mark_is_ignored()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Digest)).ToArray();

        var result = DigestReader.Read("2025-03-11.txt", bytes);

        AssertNoDiagnostics(result);
        Assert.Equal("Über Title", result.Digest!.Entries.Single().Title);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Utf16_with_byte_order_mark_is_decoded(bool bigEndian)
    {
        var encoding = new UnicodeEncoding(bigEndian, byteOrderMark: true);
        var bytes = encoding.GetPreamble().Concat(encoding.GetBytes(Digest)).ToArray();

        var result = DigestReader.Read("2025-03-11.txt", bytes);

        AssertNoDiagnostics(result);
        Assert.Equal("Über Title", result.Digest!.Entries.Single().Title);
    }

    [Fact]
    public void Binary_bytes_are_an_error_naming_line_and_offset()
    {
        byte[] bytes = [.. "Mar 11\n\nTitle\n"u8, 0x00, 0x01, 0x02, 0xFF];

        var result = DigestReader.Read("2025-03-11.txt", bytes);

        var error = AssertSingle(result, Severity.Error, "4", "byte offset 14");
        Assert.Contains("binary", error.Message, StringComparison.Ordinal);
        Assert.Equal("2025-03-11.txt", error.File);
        Assert.Null(result.Digest);
    }

    [Fact]
    public void Invalid_utf8_is_an_error_naming_line_and_offset()
    {
        byte[] bytes = [.. "Mar 11\n\nCaf"u8, 0xE9, .. " Title\n"u8]; // Latin-1 "é"

        var result = DigestReader.Read("2025-03-11.txt", bytes);

        var error = AssertSingle(result, Severity.Error, "3", "not valid UTF-8");
        Assert.Contains("0xE9 at byte offset 11", error.Message, StringComparison.Ordinal);
        Assert.Null(result.Digest);
    }

    [Fact]
    public void Unknown_extension_is_an_error()
    {
        var result = ReadText("2025-03-11.docx", Digest);

        AssertSingle(result, Severity.Error, null, ".docx");
        Assert.Null(result.Digest);
    }
}
