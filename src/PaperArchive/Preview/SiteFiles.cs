namespace PaperArchive.Preview;

/// <summary>What a request path names in the built site: a file (by its real path), a folder, or nothing the preview serves.</summary>
public abstract record SiteEntry
{
    private SiteEntry() { }
    public sealed record File(string RealPath) : SiteEntry;
    public sealed record Folder : SiteEntry;
    public sealed record None : SiteEntry;
}

/// <summary>
/// Maps request paths to the files of the built site and to nothing else. A path is a list of plain names: an
/// empty name (a doubled slash), <c>.</c>, <c>..</c>, a backslash, a colon, a control character (NUL included) or a
/// hidden name (but <c>.well-known</c>) names nothing, and so does a path too long for a file system, so no
/// spelling — encoded or not — can make the path rooted or climb out. Then every symbolic link on the way is
/// resolved, like <c>realpath(3)</c>, and the real path must still lie inside the output folder's real path: a
/// link inside the output that points out of it names nothing either.
/// </summary>
public sealed class SiteFiles(string siteFolder)
{
    /// <summary>The longest request path (after the base path) and name looked up; longer ones are not found.</summary>
    public const int MaxPathLength = 1024;
    public const int MaxNameLength = 255;
    /// <summary>Symbolic links followed for one path before giving up (Linux's own limit).</summary>
    private const int MaxLinks = 40;

    public string Folder { get; } = Path.GetFullPath(siteFolder);

    /// <summary>
    /// The names in <paramref name="relative"/> (a decoded URL path below the base path, '/'-separated; a trailing
    /// slash is allowed), or null when it is not a plain path into the site.
    /// </summary>
    public static IReadOnlyList<string>? Names(string relative)
    {
        if (relative.Length > MaxPathLength) return null;
        if (relative.Length == 0) return [];
        var names = (relative.EndsWith('/') ? relative[..^1] : relative).Split('/');
        return names.All(IsPlainName) ? names : null;
    }

    private static bool IsPlainName(string name) =>
        name.Length is > 0 and <= MaxNameLength
        && name is not ("." or "..")
        && (name[0] != '.' || name == ".well-known")
        && !name.Any(c => c is '\\' or ':' or '/' || char.IsControl(c));

    /// <summary>What <paramref name="names"/> (from <see cref="Names"/>) is in the site as it is on disk now.</summary>
    public SiteEntry Find(IReadOnlyList<string> names)
    {
        try
        {
            if (RealPath(Folder) is not { } root || !Directory.Exists(root)) return new SiteEntry.None();
            if (RealPath(Path.Join(root, Path.Join([.. names]))) is not { } real) return new SiteEntry.None();
            var inside = real == root || real.StartsWith(Path.EndsInDirectorySeparator(root) ? root : root + Path.DirectorySeparatorChar, StringComparison.Ordinal);
            if (!inside) return new SiteEntry.None();
            if (Directory.Exists(real)) return new SiteEntry.Folder();
            return File.Exists(real) ? new SiteEntry.File(real) : new SiteEntry.None();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            // A name the file system refuses (too long for it, say) names nothing.
            return new SiteEntry.None();
        }
    }

    /// <summary>
    /// <paramref name="path"/> (absolute) with every symbolic link resolved, component by component, as the
    /// operating system would follow it; null for a loop. .NET has no realpath: <see cref="FileSystemInfo.ResolveLinkTarget"/>
    /// resolves the last component only, and a link to a folder part-way along a path would go unseen.
    /// </summary>
    public static string? RealPath(string path)
    {
        var root = Path.GetPathRoot(path) ?? throw new ArgumentException($"'{path}' is not absolute.", nameof(path));
        var pending = new Stack<string>(Components(path[root.Length..]).Reverse());
        var current = root;
        var links = 0;
        while (pending.TryPop(out var name))
        {
            if (name == ".") continue;
            if (name == "..")
            {
                current = Path.GetDirectoryName(current) ?? current;
                continue;
            }
            var next = Path.Join(current, name);
            if (new FileInfo(next).LinkTarget is not { } target)
            {
                current = next;
                continue;
            }
            if (++links > MaxLinks) return null;
            // The target is read relative to the link's own folder, which is already real; its names are walked in turn.
            if (Path.GetPathRoot(target) is { Length: > 0 } targetRoot)
            {
                current = targetRoot;
                target = target[targetRoot.Length..];
            }
            foreach (var part in Components(target).Reverse()) pending.Push(part);
        }
        return current;
    }

    private static IEnumerable<string> Components(string path) =>
        path.Split([Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar], StringSplitOptions.RemoveEmptyEntries);
}
