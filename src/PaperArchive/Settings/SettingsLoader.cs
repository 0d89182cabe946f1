using PaperArchive.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace PaperArchive.Settings;

/// <summary>Reads <c>archive.yml</c>. A missing file means defaults; a bad one is an error naming the file and line.</summary>
public static class SettingsLoader
{
    public const string FileName = "archive.yml";

    public static SiteSettings Load(string inputFolder, string? baseUrlOverride = null)
    {
        var path = Path.Combine(inputFolder, FileName);
        var settings = File.Exists(path) ? Parse(File.ReadAllText(path), path) : new SiteSettings();
        if (baseUrlOverride is not null) settings = settings with { BaseUrl = baseUrlOverride };
        return Validate(settings with { BaseUrl = WithTrailingSlash(settings.BaseUrl) }, path);
    }

    public static SiteSettings Parse(string yaml, string file)
    {
        var deserializer = new DeserializerBuilder()
            .WithNamingConvention(CamelCaseNamingConvention.Instance)
            .WithEnforceRequiredMembers()
            .Build();
        try
        {
            return deserializer.Deserialize<SiteSettings?>(yaml) ?? new SiteSettings();
        }
        catch (YamlException e)
        {
            var reason = e.InnerException?.Message ?? e.Message;
            throw new SettingsException(new Diagnostic(Severity.Error, file, e.Start.Line.ToString(System.Globalization.CultureInfo.InvariantCulture),
                $"{reason} (settings are: {string.Join(", ", SettingNames)})"));
        }
    }

    private static SiteSettings Validate(SiteSettings settings, string file)
    {
        if (!Uri.TryCreate(settings.BaseUrl, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            throw new SettingsException(new Diagnostic(Severity.Error, file, null,
                $"baseUrl '{settings.BaseUrl}' must be an absolute http(s) URL such as https://user.github.io/paper-archive/"));
        if (settings.FeedDays is < SiteSettings.MinFeedDays or > SiteSettings.MaxFeedDays)
            throw new SettingsException(new Diagnostic(Severity.Error, file, null,
                $"feedDays must be between {SiteSettings.MinFeedDays} and {SiteSettings.MaxFeedDays} (days that have papers), not {settings.FeedDays.ToString(System.Globalization.CultureInfo.InvariantCulture)}"));
        if (settings.FeedMaxBytes is < SiteSettings.MinFeedMaxBytes or > SiteSettings.MaxFeedMaxBytes)
            throw new SettingsException(new Diagnostic(Severity.Error, file, null,
                $"feedMaxBytes must be between {SiteSettings.MinFeedMaxBytes} (64 KiB) and {SiteSettings.MaxFeedMaxBytes} (10 MiB), not {settings.FeedMaxBytes.ToString(System.Globalization.CultureInfo.InvariantCulture)}"));
        if (settings.TagPageSize < 1) throw new SettingsException(new Diagnostic(Severity.Error, file, null, "tagPageSize must be at least 1"));
        if (settings.ExcerptLength < 20) throw new SettingsException(new Diagnostic(Severity.Error, file, null, "excerptLength must be at least 20"));
        return settings;
    }

    private static string WithTrailingSlash(string url) => url.EndsWith('/') ? url : url + "/";

    private static IEnumerable<string> SettingNames => typeof(SiteSettings).GetProperties()
        .Where(p => p.CanWrite).Select(p => CamelCaseNamingConvention.Instance.Apply(p.Name));
}

/// <summary>Settings that cannot be used; the build stops before writing anything.</summary>
public sealed class SettingsException(Diagnostic diagnostic) : Exception(diagnostic.ToString())
{
    public Diagnostic Diagnostic { get; } = diagnostic;
}
