namespace SpeechActClassifier.Training;

/// <summary>A figure with its bootstrap 95% interval.</summary>
/// <param name="Estimate">The figure on the data as it is (the mean over repetitions of a repeated cross-validation).</param>
/// <param name="Low">The 2.5th percentile of the figure over bootstrap resamples.</param>
/// <param name="High">The 97.5th percentile of the figure over bootstrap resamples.</param>
internal readonly record struct Interval(double Estimate, double Low, double High)
{
    /// <summary>E.g. <c>0.642 [0.611, 0.670]</c>.</summary>
    public override string ToString() => FormattableString.Invariant($"{Estimate:F3} [{Low:F3}, {High:F3}]");
}
