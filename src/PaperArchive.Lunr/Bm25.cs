using PaperArchive.Lunr.Js;

namespace PaperArchive.Lunr;

/// <summary>
/// lunr's build-time BM25, with its exact operation order (each step is a separate IEEE double operation,
/// so the rounded weights match lunr.js bit for bit).
/// </summary>
public static class Bm25
{
    public const double K1 = 1.2;
    public const double B = 0.75;

    /// <summary><c>lunr.idf</c>: ln(1 + |(N − n + 0.5) / (n + 0.5)|), n counting (field, document) pairs.</summary>
    public static double InverseDocumentFrequency(int fieldDocumentsWithTerm, int documentCount)
    {
        var ratio = (documentCount - fieldDocumentsWithTerm + 0.5) / (fieldDocumentsWithTerm + 0.5);
        return JsMath.Log(1 + Math.Abs(ratio));
    }

    public static double Weight(double idf, int termFrequency, int fieldLength, double averageFieldLength, double fieldBoost, double documentBoost)
    {
        var score = idf * ((K1 + 1) * termFrequency) / (K1 * (1 - B + B * (fieldLength / averageFieldLength)) + termFrequency);
        score *= fieldBoost;
        score *= documentBoost;
        return JsMath.RoundToThousandths(score);
    }

    /// <summary>lunr reads boosts as <c>boost || 1</c>: 0 and NaN mean "no boost".</summary>
    public static double EffectiveBoost(double boost) => boost == 0 || double.IsNaN(boost) ? 1 : boost;
}
