using System.Collections.Immutable;
using System.Globalization;
using PaperArchive.Diagnostics;
using PaperArchive.Files;

namespace PaperArchive.Digests;

/// <summary>
/// Entry point for reading digest files (.txt, .md, .json). Pure: no console output; everything
/// noticed comes back as diagnostics, and a broken file never affects another.
/// </summary>
public static class DigestReader
{
    /// <summary>Digests larger than this are refused (the limit of every input file).</summary>
    public const long MaxFileBytes = InputFile.MaxBytes;

    private static readonly string[] Extensions = [".txt", ".md", ".json"];

    /// <summary>True for file names with a digest extension (.txt, .md, .json; any case).</summary>
    public static bool IsDigestFile(string path) =>
        Extensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase);

    /// <summary>Reads one digest file from disk (only a regular file, at most <see cref="MaxFileBytes"/>).</summary>
    public static DigestReadResult Read(string path)
    {
        byte[] bytes;
        try
        {
            bytes = InputFile.ReadAllBytes(path);
        }
        catch (InputFileException e)
        {
            return Failure(path, $"the file {e.Reason}");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Failure(path, $"could not read the file: {ex.Message}");
        }
        return Read(path, bytes);
    }

    /// <summary>
    /// Reads a digest from its bytes; <paramref name="fileName"/> picks the format (by extension),
    /// may supply the date (<c>YYYY-MM-DD.ext</c>) and is the file named in diagnostics.
    /// </summary>
    public static DigestReadResult Read(string fileName, ReadOnlySpan<byte> bytes)
    {
        var diagnostics = new DiagnosticBag(fileName);
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        if (!Extensions.Contains(extension, StringComparer.Ordinal))
        {
            diagnostics.Error(null, $"'{extension}' is not a digest format; use .txt (plain text), .md (Markdown with YAML front matter) or .json (Hugging Face daily papers)");
            return new DigestReadResult(null, diagnostics.ToImmutable());
        }

        var text = TextDecoding.Decode(bytes, diagnostics);
        var digest = text is null ? null : extension switch
        {
            ".txt" => TextDigestReader.Read(fileName, text, diagnostics),
            ".md" => MarkdownDigestReader.Read(fileName, text, diagnostics),
            _ => HuggingFaceDigestReader.Read(fileName, text, diagnostics),
        };
        // Errors and no paper read: the file did not say its day was empty, so it gives no day at all rather than one
        // that looks like a quiet day.
        if (digest is { Entries.IsEmpty: true } && diagnostics.HasErrors)
        {
            diagnostics.Error(null, string.Create(CultureInfo.InvariantCulture,
                $"no paper in this file could be read, so it adds nothing to the site: {digest.Date:yyyy-MM-dd} is not shown as a day without papers (fix the errors above)"));
            digest = null;
        }
        return new DigestReadResult(digest, diagnostics.ToImmutable());
    }

    /// <summary>
    /// Reads every digest file in <paramref name="folder"/> (not subfolders; other extensions and hidden
    /// dot-files such as editor backups are skipped), in parallel, returning results sorted ordinally by file name.
    /// </summary>
    public static ImmutableArray<DigestReadResult> ReadFolder(string folder) =>
        // AsOrdered keeps the sorted order whatever order the threads finish in.
        [.. DigestFiles(folder).AsParallel().AsOrdered().Select(path => ReadIsolated(path))];

    /// <summary>The digest files of a folder, in the order <see cref="ReadFolder"/> reads them.</summary>
    public static string[] DigestFiles(string folder) => Directory.EnumerateFiles(folder)
        .Where(path => IsDigestFile(path) && !Path.GetFileName(path).StartsWith('.'))
        .Order(StringComparer.Ordinal)
        .ToArray();

    /// <summary>
    /// Reads one file (from <paramref name="bytes"/> when the caller has already read them); an unexpected
    /// failure becomes an error for that file, never for the others.
    /// </summary>
    public static DigestReadResult ReadIsolated(string path, byte[]? bytes = null)
    {
        try
        {
            return bytes is null ? Read(path) : Read(path, bytes);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return Failure(path, $"could not be read because of an unexpected problem ({ex.GetType().Name}: {ex.Message}); please report it with the file");
        }
    }

    private static DigestReadResult Failure(string file, string message)
    {
        var diagnostics = new DiagnosticBag(file);
        diagnostics.Error(null, message);
        return new DigestReadResult(null, diagnostics.ToImmutable());
    }
}
