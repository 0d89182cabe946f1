using PaperArchive.Digests;

namespace PaperArchive.Tests.Digests;

public class ArxivIdTests
{
    [Theory]
    [InlineData("2410.17243", "2410.17243")]
    [InlineData("arXiv:2410.17243v2", "2410.17243")]
    [InlineData("https://arxiv.org/abs/2410.17243v1", "2410.17243")]
    [InlineData("https://arxiv.org/pdf/2410.17243.pdf", "2410.17243")]
    [InlineData("https://huggingface.co/papers/2410.17243", "2410.17243")]
    [InlineData("0704.0001", "0704.0001")]
    [InlineData("hep-th/9901001v3", "hep-th/9901001")]
    [InlineData("math.AG/0601001", "math.AG/0601001")]
    public void Valid_ids_are_normalised(string raw, string expected)
    {
        Assert.True(ArxivId.TryNormalize(raw, out var id));
        Assert.Equal(expected, id);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not-an-id")]
    [InlineData("2410.172")]
    [InlineData("https://example.org/abs/2410.17243")]
    public void Invalid_ids_are_rejected(string raw)
    {
        Assert.False(ArxivId.TryNormalize(raw, out _));
    }
}
