using SpeechActClassifier.Training;

namespace SpeechActClassifier.Tests.Training;

public sealed class ClusterBootstrapTests
{
    private static readonly SpeechActLabel[] Gold = [.. Enumerable.Range(0, 60).Select(i => (SpeechActLabel)(i % 3))];

    /// <summary>Three sentences per document, one of each class.</summary>
    private static readonly ClusterBootstrap Bootstrap = new([.. Enumerable.Range(0, 60).Select(i => i / 3)], resamples: 500, seed: 1);

    [Fact]
    public void PerfectPredictionsHaveAPointInterval()
    {
        var interval = Bootstrap.Estimate(Gold, [Gold], ConfusionCounts.MacroF1);
        Assert.Equal(new Interval(1, 1, 1), interval);
    }

    [Fact]
    public void TheIntervalHoldsTheEstimateAndWidensWithErrors()
    {
        // Every fourth sentence wrong: macro-F1 about 0.75, resamples of 20 documents spread around it.
        var predicted = Gold.Select((g, i) => i % 4 == 0 ? (SpeechActLabel)(((int)g + 1) % 3) : g).ToArray();
        var interval = Bootstrap.Estimate(Gold, [predicted], ConfusionCounts.MacroF1);
        Assert.InRange(interval.Estimate, 0.70, 0.80);
        Assert.True(interval.Low < interval.Estimate && interval.Estimate < interval.High, interval.ToString());
        Assert.True(interval.High - interval.Low > 0.05, interval.ToString());
    }

    [Fact]
    public void TheEstimateIsTheMeanOverRepetitions()
    {
        var allWrong = Gold.Select(g => (SpeechActLabel)(((int)g + 1) % 3)).ToArray();
        var interval = Bootstrap.Estimate(Gold, [Gold, allWrong], ConfusionCounts.MacroF1);
        Assert.Equal(0.5, interval.Estimate, 12);
    }

    [Fact]
    public void ADifferenceWithItselfIsZeroAndIsPaired()
    {
        var predicted = Gold.Select((g, i) => i % 5 == 0 ? SpeechActLabel.Neutral : g).ToArray();
        Assert.Equal(new Interval(0, 0, 0), Bootstrap.EstimateDifference(Gold, [predicted], [predicted], ConfusionCounts.MacroF1));

        // Paired resamples: a candidate better on every document stays better in every resample.
        var difference = Bootstrap.EstimateDifference(Gold, [Gold], [predicted], ConfusionCounts.MacroF1);
        Assert.True(difference.Low > 0, difference.ToString());
    }

    [Fact]
    public void ResamplesDrawWholeDocuments()
    {
        // Documents 0-9 all right, 10-19 all wrong. A resample's accuracy is the share of right documents among 20 drawn,
        // whose 95% range is about 0.28 to 0.72; resampling the 60 sentences one by one would give about 0.37 to 0.63.
        var predicted = Gold.Select((g, i) => i / 3 < 10 ? g : (SpeechActLabel)(((int)g + 1) % 3)).ToArray();
        var interval = Bootstrap.Estimate(Gold, [predicted], c => ConfusionCounts.Accuracy(c));
        Assert.Equal(0.5, interval.Estimate, 12);
        Assert.True(interval.Low < 0.34 && interval.High > 0.66, interval.ToString());
    }
}
