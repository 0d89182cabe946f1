using PaperArchive.Digests;

namespace PaperArchive.Tests.Digests;

public class EntryIdentityTests
{
    [Theory]
    [InlineData("Deep Nets", "deep  nets")]
    [InlineData("Café Models", "Cafe models")]
    [InlineData("Attention: A Study", "Attention — a study")]
    [InlineData("Attention - A Study", "Attention: A Study")]
    [InlineData("Can Editing Fix Hallucinations?", "Can editing fix hallucinations")]
    [InlineData("\"Quoted\" (Bracketed) Title", "Quoted Bracketed Title")]
    [InlineData("Don't Stop", "Dont Stop")]
    [InlineData("Ｆｕｌｌ-width GPT-4", "Full-width GPT-4")]
    [InlineData("v1.5 Models.", "V1.5 models")]
    public void Differences_that_never_change_meaning_are_set_aside(string one, string two) =>
        Assert.Equal(EntryIdentity.Title(one), EntryIdentity.Title(two));

    [Theory]
    [InlineData("C++ Models", "C Models")]
    [InlineData("C# Models", "C Models")]
    [InlineData("C++ Models", "C# Models")]
    [InlineData("GPT-4 Agents", "GPT 4 Agents")]
    [InlineData("Learning Rates of 1e-4", "Learning Rates of 1e+4")]
    [InlineData("Scaling 1.5B Models", "Scaling 15B Models")]
    [InlineData("Scaling 7B Models", "Scaling 70B Models")]
    [InlineData("1/2 Precision", "12 Precision")]
    [InlineData("A & B", "A B")]
    public void Symbols_digits_and_joined_hyphens_take_part(string one, string two) =>
        Assert.NotEqual(EntryIdentity.Title(one), EntryIdentity.Title(two));

    [Fact]
    public void Abstracts_agree_when_one_is_missing_or_they_differ_only_in_wrapping()
    {
        Assert.True(EntryIdentity.AbstractsAgree("", "Anything."));
        Assert.True(EntryIdentity.AbstractsAgree("Line one\nline two.", "Line one line  two."));
        Assert.False(EntryIdentity.AbstractsAgree("About vision.", "About speech."));
    }
}
