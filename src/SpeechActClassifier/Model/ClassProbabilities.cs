namespace SpeechActClassifier.Model;

/// <summary>
/// How three one-versus-rest probabilities become one distribution: divide each by their sum. Any scorer (ML.NET
/// or a compiled tree walk) feeds the same function, so both give the same result to the last bit.
/// </summary>
internal static class ClassProbabilities
{
    /// <summary>Number of classes: the values of <see cref="SpeechActLabel"/>.</summary>
    public const int ClassCount = 3;

    /// <summary>The calibrated probability of one one-versus-rest model: Platt's sigmoid, as ML.NET's <c>PlattCalibrator</c> computes it.</summary>
    /// <param name="score">The raw ensemble score.</param>
    /// <param name="slope">The calibrator's <c>Slope</c>.</param>
    /// <param name="offset">The calibrator's <c>Offset</c>.</param>
    /// <returns>1 / (1 + exp(slope * score + offset)).</returns>
    public static float Platt(float score, double slope, double offset) => (float)(1.0 / (1.0 + Math.Exp(PlattArgument(score, slope, offset))));

    /// <summary>The exponent of <see cref="Platt"/>: slope * score + offset, in double precision as ML.NET forms it.</summary>
    /// <param name="score">The raw ensemble score.</param>
    /// <param name="slope">The calibrator's <c>Slope</c>.</param>
    /// <param name="offset">The calibrator's <c>Offset</c>.</param>
    /// <returns>The argument of the exponential.</returns>
    public static double PlattArgument(float score, double slope, double offset) => (slope * score) + offset;

    /// <summary>Normalizes <paramref name="probabilities"/> in place to sum to 1; non-finite or all-zero input becomes uniform.</summary>
    /// <param name="probabilities">One value per class.</param>
    public static void Normalize(Span<float> probabilities)
    {
        var sum = 0.0;
        foreach (var p in probabilities)
        {
            sum += float.IsFinite(p) && p > 0 ? p : 0;
        }

        if (!(sum > 0) || !double.IsFinite(sum))
        {
            probabilities.Fill(1f / probabilities.Length);
            return;
        }

        for (var i = 0; i < probabilities.Length; i++)
        {
            var p = probabilities[i];
            probabilities[i] = (float)((float.IsFinite(p) && p > 0 ? p : 0) / sum);
        }
    }
}
