using PaperArchive.Files;

namespace PaperArchive.Import;

/// <summary>Refused: the folder for a new archive is not empty.</summary>
public sealed class ScaffoldException(string message) : Exception(message);

/// <summary>
/// <c>paperarchive new</c>: a fresh archive that builds as it is — settings with comments, one sample digest,
/// a .gitignore, the GitHub Pages workflow and a copy of the default theme (so it can be changed).
/// </summary>
public static class ArchiveScaffold
{
    public const string InputFolder = "input";
    public const string ThemeFolder = "theme";

    /// <returns>The files written, relative to <paramref name="folder"/>, in order.</returns>
    public static IReadOnlyList<string> Create(string folder, string defaultTheme)
    {
        if (Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any())
            throw new ScaffoldException($"{folder}: the folder is not empty; a new archive needs an empty or new folder.");
        if (!Directory.Exists(Path.Combine(defaultTheme, "layouts")))
            throw new ScaffoldException($"{defaultTheme}: the default theme is missing (expected layouts/ there).");

        var files = new List<string>();
        void Write(string relative, string text)
        {
            AtomicFile.Write(Path.Combine(folder, relative), text);
            files.Add(relative.Replace('\\', '/'));
        }
        Write(Path.Combine(InputFolder, Settings.SettingsLoader.FileName), ScaffoldFiles.ArchiveYml);
        Write(Path.Combine(InputFolder, "digests", ScaffoldFiles.SampleDigestName), ScaffoldFiles.SampleDigest);
        Write(".gitignore", ScaffoldFiles.GitIgnore);
        Write(Path.Combine(".github", "workflows", "pages.yml"), ScaffoldFiles.PagesWorkflow);
        foreach (var file in Directory.EnumerateFiles(defaultTheme, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.Combine(ThemeFolder, Path.GetRelativePath(defaultTheme, file));
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(folder, relative))!);
            File.Copy(file, Path.Combine(folder, relative));
            files.Add(relative.Replace('\\', '/'));
        }
        return files;
    }
}
