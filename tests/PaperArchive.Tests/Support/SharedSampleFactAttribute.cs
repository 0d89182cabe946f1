namespace PaperArchive.Tests.Support;

/// <summary>
/// A fact about an extra sample from <c>../shared/samples/</c>, beside the repository. A fresh clone has nothing
/// there, so the fact is skipped, saying which file is missing; the repository's own fixtures cover the same ground.
/// xunit 2 has no dynamic skip, so the check runs at discovery.
/// </summary>
public sealed class SharedSampleFactAttribute : FactAttribute
{
    public SharedSampleFactAttribute(string sample)
    {
        var path = Path.Combine(RepoPaths.SharedSamples, sample);
        if (!File.Exists(path))
            Skip = $"The extra sample {sample} is not beside the repository ({path} is missing; a fresh clone has no ../shared). The repository's own fixtures are tested instead.";
    }
}
