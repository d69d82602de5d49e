using SpeechActClassifier.Training;
using static SpeechActClassifier.SpeechActLabel;

namespace SpeechActClassifier.Tests.Model;

public sealed class ClassificationMetricsTests
{
    // Hand-checked example, rows gold, columns predicted (SM, TF, N):
    //   SM: 3 1 1    TF: 0 2 2    N: 1 0 5      (15 sentences, 10 correct)
    // SM: P = 3/4, R = 3/5, F1 = 2/3.   TF: P = 2/3, R = 2/4, F1 = 4/7.   N: P = 5/8, R = 5/6, F1 = 5/7.
    // Macro-F1 = (2/3 + 4/7 + 5/7) / 3 = 41/63.
    private static ClassificationMetrics Example()
    {
        var pairs = new List<(SpeechActLabel, SpeechActLabel)>();
        void Add(SpeechActLabel gold, SpeechActLabel predicted, int count) => pairs.AddRange(Enumerable.Repeat((gold, predicted), count));
        Add(SecuritizingMove, SecuritizingMove, 3);
        Add(SecuritizingMove, ThreatFraming, 1);
        Add(SecuritizingMove, Neutral, 1);
        Add(ThreatFraming, ThreatFraming, 2);
        Add(ThreatFraming, Neutral, 2);
        Add(Neutral, SecuritizingMove, 1);
        Add(Neutral, Neutral, 5);
        return ClassificationMetrics.From(pairs);
    }

    [Fact]
    public void AccuracyAndMacroF1MatchTheHandComputation()
    {
        var metrics = Example();
        Assert.Equal(15, metrics.Count);
        Assert.Equal(10.0 / 15, metrics.Accuracy, 12);
        Assert.Equal(41.0 / 63, metrics.MacroF1, 12);
    }

    [Fact]
    public void PerClassFiguresMatchTheHandComputation()
    {
        var metrics = Example();
        AssertClass(3.0 / 4, 3.0 / 5, 2.0 / 3, 5, metrics.PerClass(SecuritizingMove));
        AssertClass(2.0 / 3, 2.0 / 4, 4.0 / 7, 4, metrics.PerClass(ThreatFraming));
        AssertClass(5.0 / 8, 5.0 / 6, 5.0 / 7, 6, metrics.PerClass(Neutral));
        Assert.Equal(2, metrics.Confusion[ThreatFraming, Neutral]);
        Assert.Equal(1, metrics.Confusion[Neutral, SecuritizingMove]);
    }

    [Fact]
    public void AClassNeverPredictedHasZeroPrecisionNotNaN()
    {
        var metrics = ClassificationMetrics.From([(ThreatFraming, Neutral), (Neutral, Neutral)]);
        Assert.Equal(0, metrics.PerClass(ThreatFraming).Precision);
        Assert.Equal(0, metrics.PerClass(SecuritizingMove).F1);
        Assert.Equal(2.0 / 3 / 3, metrics.MacroF1, 12);
    }

    private static void AssertClass(double precision, double recall, double f1, int support, ClassMetrics actual)
    {
        Assert.Equal(precision, actual.Precision, 12);
        Assert.Equal(recall, actual.Recall, 12);
        Assert.Equal(f1, actual.F1, 12);
        Assert.Equal(support, actual.Support);
    }
}
