using System.Text;
using static PaperArchive.Tests.Digests.DigestTestSupport;

namespace PaperArchive.Tests.Digests;

/// <summary>Hostile or huge input: reading must stay linear and never crash.</summary>
[Trait("Category", "Slow")]
public class DigestLimitsTests
{
    [Fact]
    public void Ten_megabyte_abstract_reads_fine()
    {
        var sentence = "This sentence is part of a very long abstract. ";
        var abstractText = new StringBuilder().Insert(0, sentence, 10 * 1024 * 1024 / sentence.Length).ToString().TrimEnd();

        var digest = ReadOk("2025-03-11.txt", "Mar 11\n\nA Paper With a Huge Abstract\n\n" + abstractText + "\n");

        Assert.Equal(abstractText.Length, digest.Entries.Single().Abstract.Length);
    }

    [Fact]
    public void Hundred_thousand_papers_in_one_digest_read()
    {
        const int count = 100_000;
        var text = new StringBuilder("Mar 11, 2025\n\n");
        for (var i = 0; i < count; i++)
        {
            text.Append("Paper Number ").Append(i).Append("\n\nWe study case ").Append(i).Append(". It works well. We release code.\n\n");
        }

        Assert.Equal(count, ReadOk("digest.txt", text.ToString()).Entries.Length);
    }

    [Fact]
    public void Hundred_thousand_json_items_read()
    {
        const int count = 100_000;
        var json = new StringBuilder("[");
        for (var i = 0; i < count; i++)
        {
            if (i > 0) json.Append(',');
            json.Append("{\"title\":\"Paper ").Append(i).Append("\",\"paper\":{\"id\":\"2501.").Append(10000 + i).Append("\",\"summary\":\"S.\"}}");
        }
        json.Append(']');

        Assert.Equal(count, ReadOk("2025-01-03.json", json.ToString()).Entries.Length);
    }

    [Fact]
    public void Control_characters_and_broken_escapes_in_json_are_warnings()
    {
        var result = ReadText("2025-01-03.json", """[{ "title": "Bell\u0007 Title", "paper": { "summary": "Lone \ud800 surrogate." } }]""");

        Assert.Contains(result.Warnings(), w => w.Location == "$[0].title" && w.Message.Contains("control", StringComparison.Ordinal));
        Assert.Contains(result.Warnings(), w => w.Location == "$[0].paper.summary" && w.Message.Contains("invalid", StringComparison.Ordinal));
        Assert.Equal("Bell Title", result.Digest!.Entries.Single().Title);
    }
}
