namespace PaperArchive.Topics;

/// <summary>How strongly a paper matches one tag (higher is better; see <c>docs/topics.md</c>).</summary>
public sealed record TagScore(string Slug, double Score);
