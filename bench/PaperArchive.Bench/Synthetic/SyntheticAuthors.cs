namespace PaperArchive.Bench.Synthetic;

/// <summary>
/// Author lists shaped like the daily-papers feed's: a median of 7 authors a paper and a mean of about 10 (a
/// log-normal count), and a few consortium papers of 100 to 600 authors. Who writes is a Simon (Yule) process: each
/// author slot is a new person with probability <c>newAuthorShare</c>, else someone already seen, chosen in
/// proportion to their papers so far; productivity then follows a power law (Lotka's law), as in real bibliographies.
/// Same seed → same lists. Its own random stream, so it can be drawn beside <see cref="SyntheticArchive"/>.
/// </summary>
public static class SyntheticAuthors
{
    /// <summary>ln 7: the median count.</summary>
    private const double Mu = 1.9459101;
    /// <summary>√(2 ln(10/7)): with <see cref="Mu"/>, a mean of 10.</summary>
    private const double Sigma = 0.8446;
    private const double ConsortiumShare = 0.002;

    /// <summary>Each paper's author ids (0-based, the order people first appear), distinct within a paper.</summary>
    public static IReadOnlyList<int[]> Generate(int papers, double newAuthorShare, int seed = 7)
    {
        var random = new Random(seed);
        var slots = new List<int>(papers * 10);
        var people = 0;
        var result = new List<int[]>(papers);
        for (var p = 0; p < papers; p++)
        {
            var count = random.NextDouble() < ConsortiumShare ? 100 + random.Next(501) : Math.Max(1, (int)Math.Round(Math.Exp(Mu + Sigma * Gaussian(random))));
            var authors = new HashSet<int>();
            while (authors.Count < count)
            {
                // A uniformly drawn earlier slot names someone in proportion to their papers so far.
                var author = slots.Count == 0 || random.NextDouble() < newAuthorShare ? people++ : slots[random.Next(slots.Count)];
                authors.Add(author);
            }
            slots.AddRange(authors);
            result.Add([.. authors]);
        }
        return result;
    }

    private static double Gaussian(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
