namespace PaperArchive.Files;

/// <summary>Writes a file so that readers see the old bytes or the new ones, never half of them.</summary>
public static class AtomicFile
{
    /// <param name="flushToDisk">
    /// Also survive a crash of the machine: the bytes reach the disk before the rename. Caches, which only save
    /// time, skip it; files a user keeps and commit points need it.
    /// </param>
    public static void Write(string path, ReadOnlySpan<byte> bytes, bool flushToDisk = true) => Write(path, bytes, [], flushToDisk);

    /// <summary>Writes a header and a body as one file, without copying them into one buffer first.</summary>
    public static void Write(string path, ReadOnlySpan<byte> header, ReadOnlySpan<byte> body, bool flushToDisk)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(folder);
        // The temporary file is in the same folder, so the rename stays on one file system and is atomic.
        var temp = Path.Combine(folder, $".{Path.GetFileName(path)}.{Environment.ProcessId}-{Guid.NewGuid():N}.tmp");
        try
        {
            using (var file = new FileStream(temp, FileMode.CreateNew, FileAccess.Write))
            {
                file.Write(header);
                file.Write(body);
                if (flushToDisk) file.Flush(flushToDisk: true);
            }
            File.Move(temp, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
    }

    public static void Write(string path, string text) => Write(path, System.Text.Encoding.UTF8.GetBytes(text));
}
