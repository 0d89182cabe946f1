using System.Security.Cryptography;
using System.Text;

namespace PaperArchive.Incremental;

/// <summary>SHA-256 content hashes as lower-case hex, the keys of the build cache.</summary>
public static class ContentHash
{
    /// <summary>
    /// Changes whenever the library's code changes (deterministic builds make the module id a hash of the
    /// compilation), so a reader or renderer fix never serves results cached by the old code. The code includes
    /// the Unicode normalization's (PaperArchive.Lunr and the ICU4N package whose tables it reads): cached digests
    /// are NFC and cached identities folded, and a newer package would fold some characters otherwise.
    /// </summary>
    public static string CodeVersion { get; } = Of(
        ModuleId(typeof(ContentHash)), ModuleId(typeof(Lunr.UnicodeNormalization)), ModuleId(typeof(ICU4N.Text.Normalizer2)));

    private static string ModuleId(Type type) => type.Assembly.ManifestModule.ModuleVersionId.ToString("N");

    public static string Of(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    /// <summary>A hash of several parts; each is length-prefixed so ("ab","c") and ("a","bc") differ.</summary>
    public static string Of(params ReadOnlySpan<string?> parts)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Span<byte> length = stackalloc byte[4];
        foreach (var part in parts)
        {
            var bytes = part is null ? [0xFF] : Encoding.UTF8.GetBytes(part);
            System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(length, part is null ? -1 : bytes.Length);
            hash.AppendData(length);
            hash.AppendData(bytes);
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>A hash of every file under a folder (relative path and bytes), in ordinal order; empty when missing.</summary>
    public static string OfFolder(string folder)
    {
        if (!Directory.Exists(folder)) return Of("no folder");
        var parts = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => (Relative: Path.GetRelativePath(folder, f).Replace('\\', '/'), Full: f))
            .OrderBy(f => f.Relative, StringComparer.Ordinal)
            .SelectMany(f => new[] { f.Relative, Of(Files.InputFile.ReadAllBytes(f.Full)) })
            .ToArray();
        return Of(parts);
    }
}
