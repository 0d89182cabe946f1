using System.Collections.Immutable;
using PaperArchive.Model;
using PaperArchive.Topics;

namespace PaperArchive.Tests.Topics;

public sealed class RelatedPapersTests(ITestOutputHelper output)
{
    private static readonly Lazy<ImmutableArray<Paper>> Related = new(() => RelatedPapers.WithRelated(SamplePapers.All));

    [Fact]
    public void Every_sample_paper_has_one_to_five_related_papers_of_the_archive_never_itself_nor_twice()
    {
        var slugs = Related.Value.Select(p => p.Slug).ToHashSet(StringComparer.Ordinal);
        foreach (var paper in Related.Value)
        {
            // The neighbourhoods, in the test log, for reading when tuning.
            output.WriteLine($"{paper.Slug}\n    -> {string.Join("\n    -> ", paper.Related)}");
            Assert.InRange(paper.Related.Length, 1, 5);
            Assert.DoesNotContain(paper.Slug, paper.Related);
            Assert.Equal(paper.Related.Length, paper.Related.Distinct(StringComparer.Ordinal).Count());
            Assert.All(paper.Related, slug => Assert.Contains(slug, slugs));
        }
    }

    [Fact]
    public void The_three_multiparameter_persistent_homology_papers_point_to_each_other()
    {
        var homology = Related.Value.Where(p => p.Title.Contains("Multiparameter Persistent Homology", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, homology.Count);
        foreach (var paper in homology)
            foreach (var other in homology.Where(o => o != paper))
                Assert.Contains(other.Slug, paper.Related);
    }

    [Theory]
    [InlineData("How Over-Parameterization Slows Down Gradient Descent", "Global Convergence of Sub-gradient Method for Robust Matrix Recovery")]
    [InlineData("Multi-Messenger Cosmology", "A noncommutative Bianchi I model with radiation")]
    [InlineData("Regularizing Towards Soft Equivariance", "Lie Group Decompositions for Equivariant Neural Networks")]
    [InlineData("Machine Learning Parameterization of the Multi-scale Kain-Fritsch", "Eulerian-Lagrangian particle-based model")]
    public void Obvious_pairs_are_related(string titleStart, string otherTitleStart)
    {
        var paper = Find(titleStart);
        var other = Find(otherTitleStart);
        Assert.True(paper.Related.Contains(other.Slug) || other.Related.Contains(paper.Slug),
            $"{paper.Slug} -> [{string.Join(", ", paper.Related)}]; {other.Slug} -> [{string.Join(", ", other.Related)}]");
    }

    [Fact]
    public void Never_itself_at_most_five_and_no_repeats()
    {
        foreach (var paper in Related.Value)
        {
            Assert.DoesNotContain(paper.Slug, paper.Related);
            Assert.InRange(paper.Related.Length, 0, 5);
            Assert.Equal(paper.Related.Length, paper.Related.Distinct(StringComparer.Ordinal).Count());
        }
        Assert.All(RelatedPapers.WithRelated(SamplePapers.All, max: 2), p => Assert.InRange(p.Related.Length, 0, 2));
    }

    [Fact]
    public void Deterministic_whatever_the_input_order()
    {
        var reversed = RelatedPapers.WithRelated(SamplePapers.All.Reverse().ToImmutableArray());
        Assert.Equal(
            Related.Value.Select(p => $"{p.Slug}:{string.Join(',', p.Related)}").Order(StringComparer.Ordinal),
            reversed.Select(p => $"{p.Slug}:{string.Join(',', p.Related)}").Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_near_duplicate_under_a_second_slug_is_not_listed()
    {
        var original = Find("Stable Vectorization of Multiparameter Persistent Homology");
        var copy = original with { Slug = original.Slug + "-v2", Key = original.Key + "-v2" };
        var retitled = original with { Slug = "retitled-copy", Key = "retitled-copy", Title = "A different title altogether" };
        var related = RelatedPapers.WithRelated(SamplePapers.All.Add(copy).Add(retitled));
        foreach (var paper in related.Where(p => p.Slug == original.Slug || p.Slug == copy.Slug || p.Slug == retitled.Slug))
        {
            Assert.DoesNotContain(original.Slug, paper.Related);
            Assert.DoesNotContain(copy.Slug, paper.Related);
            Assert.DoesNotContain(retitled.Slug, paper.Related);
            Assert.NotEmpty(paper.Related);
        }
    }

    [Fact]
    public void Compute_works_on_indices_and_handles_empty_and_tiny_inputs()
    {
        Assert.Empty(RelatedPapers.Compute([]));
        Assert.Empty(Assert.Single(RelatedPapers.Compute([("Only paper", "Alone.")])));
        var result = RelatedPapers.Compute([("Protein folding", "Protein structure prediction."), ("Galaxy survey", "Redshift of galaxies."), ("Protein design", "Protein structure design.")]);
        Assert.Equal<int>([2], result[0]);
        Assert.Empty(result[1]);
    }

    private static Paper Find(string titleStart) => Related.Value.Single(p => p.Title.StartsWith(titleStart, StringComparison.Ordinal));
}
