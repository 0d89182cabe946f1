namespace PaperArchive.Fetch;

/// <summary>How <c>fetch</c> talks to the API: where, how fast, how patiently.</summary>
public sealed record FetchOptions
{
    /// <summary>The API's origin, e.g. <c>https://huggingface.co</c> (paths are appended to it).</summary>
    public Uri Api { get; init; } = new("https://huggingface.co/");

    /// <summary>At most this many requests a second (retries included); 0 means no limit. Polite by default.</summary>
    public double RequestsPerSecond { get; init; } = 1;

    /// <summary>How long one attempt (sending, waiting and reading the whole body) may take.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Attempts after the first one, for timeouts, connection errors, 5xx, 408 and 429.</summary>
    public int Retries { get; init; } = 4;

    /// <summary>The first backoff delay; each later one doubles (with jitter), up to <see cref="MaxBackoff"/>.</summary>
    public TimeSpan Backoff { get; init; } = TimeSpan.FromSeconds(2);

    public TimeSpan MaxBackoff { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// The longest wait a server may ask for (Retry-After, RateLimit reset). Longer is an error for the day rather
    /// than a run that sits silent for an hour; running the command later resumes.
    /// </summary>
    public TimeSpan MaxServerWait { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>Items asked per page of a day (<c>limit</c>); a full page means asking for the next (<c>p</c>).</summary>
    public int PageSize { get; init; } = 100;

    /// <summary>Refuse bodies larger than this (a day is well under 1 MB).</summary>
    public long MaxResponseBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>The User-Agent, naming PaperArchive and its version.</summary>
    public string UserAgent { get; init; } = DefaultUserAgent;

    public static string DefaultUserAgent { get; } = "PaperArchive/" + VersionOf(typeof(FetchOptions).Assembly) + " (static archive of daily papers)";

    public static string VersionOf(System.Reflection.Assembly assembly)
    {
        var informational = assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), false)
            .OfType<System.Reflection.AssemblyInformationalVersionAttribute>().FirstOrDefault()?.InformationalVersion;
        return informational?.Split('+')[0] ?? assembly.GetName().Version?.ToString(3) ?? "0";
    }
}
