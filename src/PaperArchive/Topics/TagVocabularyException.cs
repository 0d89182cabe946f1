namespace PaperArchive.Topics;

/// <summary>The vocabulary file is malformed; the message names the file and line (<c>input/tags.yml:12: …</c>).</summary>
public sealed class TagVocabularyException(string file, int line, string problem)
    : Exception(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{file}:{line}: {problem}"))
{
    public string File { get; } = file;
    public int Line { get; } = line;
    public string Problem { get; } = problem;
}
