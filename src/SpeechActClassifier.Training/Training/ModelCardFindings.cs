using System.Text;

namespace SpeechActClassifier.Training;

/// <summary>
/// The model card's verdicts: for each baseline, whether this model beats it by the margin the project asks for
/// (<see cref="RequiredAdvantage"/> macro-F1), stated from the paired bootstrap interval of the difference.
/// </summary>
internal static class ModelCardFindings
{
    /// <summary>The macro-F1 margin by which the model should beat every baseline trained on the same data.</summary>
    public const double RequiredAdvantage = 0.05;

    /// <summary>One bullet per baseline, on cross-validation and on the development set when there is one.</summary>
    public static string Summarize(TrainingRunResult run)
    {
        var text = new StringBuilder();
        foreach (var baseline in run.Candidates.Skip(1))
        {
            text.Append(FormattableString.Invariant($"- `{baseline.Name}`: cross-validation {Verdict(baseline.ModelAdvantage!.Value)}"));
            if (baseline.DevModelAdvantage is { } dev)
            {
                text.Append(FormattableString.Invariant($"; development set {Verdict(dev)}"));
            }

            text.Append(".\n");
        }

        text.Append('\n');
        text.Append(FormattableString.Invariant($"A verdict reads the model's macro-F1 minus the baseline's, with its 95% interval over the same document resamples: \"by {RequiredAdvantage:F2} or more\" when the difference is at least {RequiredAdvantage:F2}, "));
        text.Append("\"beats\" when the interval lies above zero, \"no clear difference\" when it covers zero. ");
        text.Append("The corpus' class shares are not those of running text (its draws were enriched in security words), so precision on whole articles, where Neutral sentences are a larger share, is lower than here.\n");
        return text.ToString();
    }

    private static string Verdict(Interval advantage) => advantage switch
    {
        { Estimate: >= RequiredAdvantage } => FormattableString.Invariant($"beats it by {RequiredAdvantage:F2} or more ({Signed(advantage)})"),
        { Low: > 0 } => FormattableString.Invariant($"beats it, by less than {RequiredAdvantage:F2} ({Signed(advantage)})"),
        { High: < 0 } => FormattableString.Invariant($"is beaten by it ({Signed(advantage)})"),
        _ => FormattableString.Invariant($"no clear difference ({Signed(advantage)})"),
    };

    private static string Signed(Interval interval) => $"{Signed(interval.Estimate)} [{Signed(interval.Low)}, {Signed(interval.High)}]";

    /// <summary>A difference with its sign, rounded first so a tiny negative value reads 0.000, not -0.000.</summary>
    private static string Signed(double value)
    {
        var rounded = Math.Round(value, 3);
        return rounded == 0 ? "0.000" : rounded.ToString("+0.000;-0.000", System.Globalization.CultureInfo.InvariantCulture);
    }
}
