using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Unicode;
using PaperArchive.Diagnostics;

namespace PaperArchive.Digests;

/// <summary>
/// Turns a digest's bytes into text. UTF-8 (with or without BOM) is the format; UTF-16/32 with a BOM
/// are decoded too because Windows editors save them. Anything else is an error naming the line and byte.
/// </summary>
internal static class TextDecoding
{
    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];
    private static readonly byte[] Utf32LeBom = [0xFF, 0xFE, 0x00, 0x00];
    private static readonly byte[] Utf32BeBom = [0x00, 0x00, 0xFE, 0xFF];
    private static readonly byte[] Utf16LeBom = [0xFF, 0xFE];
    private static readonly byte[] Utf16BeBom = [0xFE, 0xFF];

    private const string SaveAsUtf8 = "save the file as UTF-8 text";

    /// <summary>The decoded text (BOM removed), or null after reporting an error.</summary>
    public static string? Decode(ReadOnlySpan<byte> bytes, DiagnosticBag diagnostics)
    {
        // UTF-32 LE must be tested before UTF-16 LE: its BOM starts with the same two bytes.
        if (bytes.StartsWith(Utf32LeBom)) return DecodeWide(bytes[4..], new UTF32Encoding(false, false, true), "UTF-32", diagnostics);
        if (bytes.StartsWith(Utf32BeBom)) return DecodeWide(bytes[4..], new UTF32Encoding(true, false, true), "UTF-32", diagnostics);
        if (bytes.StartsWith(Utf16LeBom)) return DecodeWide(bytes[2..], new UnicodeEncoding(false, false, true), "UTF-16", diagnostics);
        if (bytes.StartsWith(Utf16BeBom)) return DecodeWide(bytes[2..], new UnicodeEncoding(true, false, true), "UTF-16", diagnostics);

        var bomLength = bytes.StartsWith(Utf8Bom) ? Utf8Bom.Length : 0;
        var body = bytes[bomLength..];

        // A NUL byte is valid UTF-8 but never appears in text: it means a binary file or BOM-less UTF-16.
        var nul = body.IndexOf((byte)0);
        if (nul >= 0)
        {
            diagnostics.Error(LineAt(body, nul), string.Create(CultureInfo.InvariantCulture, $"contains a NUL byte at byte offset {bomLength + nul}: this looks like a binary file (or UTF-16 without a byte-order mark); {SaveAsUtf8}"));
            return null;
        }

        // Strict decoding (no replacement characters) that also tells where the first bad byte is.
        var chars = ArrayPool<char>.Shared.Rent(Math.Max(body.Length, 1));
        try
        {
            var status = Utf8.ToUtf16(body, chars, out var bytesRead, out var charsWritten, replaceInvalidSequences: false);
            if (status != OperationStatus.Done)
            {
                diagnostics.Error(LineAt(body, bytesRead),
                    string.Create(CultureInfo.InvariantCulture, $"is not valid UTF-8: byte 0x{body[bytesRead]:X2} at byte offset {bomLength + bytesRead} cannot start or continue a character; {SaveAsUtf8}"));
                return null;
            }
            return new string(chars, 0, charsWritten);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    private static string? DecodeWide(ReadOnlySpan<byte> body, Encoding strictEncoding, string name, DiagnosticBag diagnostics)
    {
        try
        {
            return strictEncoding.GetString(body);
        }
        catch (DecoderFallbackException ex)
        {
            diagnostics.Error(null, $"starts with a {name} byte-order mark but is not valid {name} ({ex.Message}); {SaveAsUtf8}");
            return null;
        }
    }

    /// <summary>1-based line of a byte offset, so a bad byte can be found in an editor.</summary>
    private static int LineAt(ReadOnlySpan<byte> bytes, int offset) => bytes[..offset].Count((byte)'\n') + 1;
}
