namespace PaperArchive.Cli.Commands;

/// <summary>
/// The default theme ships inside the tool (beside its binaries), so <c>paperarchive build</c> works in an
/// archive that has no <c>theme/</c> folder of its own, and <c>paperarchive new</c> can copy it.
/// </summary>
public static class BundledTheme
{
    public const string DefaultFolder = "theme";
    public static string Folder => Path.Combine(AppContext.BaseDirectory, DefaultFolder);

    /// <summary>The theme folder to use: as given, or the bundled theme when the default folder is absent.</summary>
    public static string Resolve(string theme) =>
        theme == DefaultFolder && !Directory.Exists(theme) && Directory.Exists(Folder) ? Folder : theme;
}
