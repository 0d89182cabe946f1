// PLACEHOLDER until the real readers land.
using System.Collections.Immutable;
using System.Globalization;
using PaperArchive.Model;

namespace PaperArchive.Digests;

public static class DigestReader
{
    public static IReadOnlyList<DigestReadResult> ReadFolder(string folder) =>
        Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal).Select(Read).ToList();

    public static DigestReadResult Read(string path)
    {
        var lines = File.ReadAllText(path).ReplaceLineEndings("\n").Split("\n\n");
        var date = DateOnly.ParseExact(Path.GetFileNameWithoutExtension(path), "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var start = Array.FindIndex(lines, l => l.Trim() == "Mar 11") + 1;
        var entries = new List<DigestEntry>();
        for (var i = start; i + 1 < lines.Length; i += 2)
            entries.Add(new DigestEntry { Title = lines[i].Trim(), Abstract = lines[i + 1].Trim(), Location = "1" });
        return new DigestReadResult(new Digest(path, date, [.. entries]), ImmutableArray<Diagnostic>.Empty);
    }
}
