using System.Globalization;
using PaperArchive.Topics;

namespace PaperArchive.Tests.Topics;

/// <summary>Measures the tagger against the hand labels in <see cref="SampleLabels"/>.</summary>
public sealed class TaggerQualityTests(ITestOutputHelper output)
{
    [Fact]
    public void Every_labelled_title_is_in_the_sample()
    {
        Assert.Equal(54, SamplePapers.All.Length);
        Assert.True(SampleLabels.ByTitle.Count >= 25);
        foreach (var title in SampleLabels.ByTitle.Keys) Assert.Single(SamplePapers.All, p => p.Title == title);
    }

    [Fact]
    public void Labels_use_only_vocabulary_slugs()
    {
        foreach (var slug in SampleLabels.ByTitle.Values.SelectMany(l => l))
            Assert.True(SamplePapers.Vocabulary.BySlug.ContainsKey(slug), $"unknown slug {slug}");
    }

    [Fact]
    public void Micro_averaged_precision_and_recall_meet_the_bar()
    {
        var tagger = new Tagger(SamplePapers.Vocabulary);
        int truePositives = 0, assigned = 0, expected = 0;
        foreach (var (title, labels) in SampleLabels.ByTitle.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var tags = tagger.Assign(SamplePapers.ByTitle(title));
            var hits = tags.Count(labels.Contains);
            truePositives += hits;
            assigned += tags.Length;
            expected += labels.Length;
            if (hits != tags.Length || hits != labels.Length)
                output.WriteLine($"{Short(title)}\n    got  [{string.Join(", ", tags)}]\n    want [{string.Join(", ", labels)}]\n    scores {string.Join(", ", tagger.Score(title, SamplePapers.ByTitle(title).Abstract, []).Take(8).Select(s => $"{s.Slug}={s.Score:F1}"))}");
        }
        var precision = (double)truePositives / assigned;
        var recall = (double)truePositives / expected;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"papers {SampleLabels.ByTitle.Count}, labels {expected}, assigned {assigned}, correct {truePositives}: precision {precision:F3}, recall {recall:F3}"));
        Assert.True(precision >= 0.80, $"precision {precision:F3} < 0.80");
        Assert.True(recall >= 0.70, $"recall {recall:F3} < 0.70");
    }

    private static string Short(string title) => title.Length <= 70 ? title : title[..70] + "…";
}
