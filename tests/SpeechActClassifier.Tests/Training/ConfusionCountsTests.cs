using SpeechActClassifier.Training;

namespace SpeechActClassifier.Tests.Training;

public sealed class ConfusionCountsTests
{
    [Fact]
    public void FiguresOfAHandCountedMatrix()
    {
        // Gold rows Neutral, ThreatFraming, SecuritizingMove; predicted columns in the same order.
        long[] counts =
        [
            8, 1, 1,
            2, 3, 0,
            0, 1, 4,
        ];

        // Neutral: TP 8, predicted 10, gold 10 -> F1 0.8. ThreatFraming: TP 3, predicted 5, gold 5 -> 0.6. SecuritizingMove: TP 4, predicted 5, gold 5 -> 0.8.
        Assert.Equal(0.8, ConfusionCounts.F1(counts, SpeechActLabel.Neutral), 12);
        Assert.Equal(0.6, ConfusionCounts.F1(counts, SpeechActLabel.ThreatFraming), 12);
        Assert.Equal(0.8, ConfusionCounts.F1(counts, SpeechActLabel.SecuritizingMove), 12);
        Assert.Equal(2.2 / 3, ConfusionCounts.MacroF1(counts), 12);
        Assert.Equal(15.0 / 20, ConfusionCounts.Accuracy(counts), 12);
        Assert.Equal(4.0 / 5, ConfusionCounts.Precision(counts, SpeechActLabel.SecuritizingMove), 12);
        Assert.Equal(3.0 / 5, ConfusionCounts.Recall(counts, SpeechActLabel.ThreatFraming), 12);
    }

    [Fact]
    public void PrecisionDividesByTheColumnAndRecallByTheRow()
    {
        // Every class is predicted a different number of times than it is gold, so swapping row and column shows.
        long[] counts =
        [
            6, 2, 2,
            1, 3, 0,
            0, 1, 5,
        ];

        // Neutral: TP 6, predicted 7, gold 10. SecuritizingMove: TP 5, predicted 7, gold 6.
        Assert.Equal(6.0 / 7, ConfusionCounts.Precision(counts, SpeechActLabel.Neutral), 12);
        Assert.Equal(6.0 / 10, ConfusionCounts.Recall(counts, SpeechActLabel.Neutral), 12);
        Assert.Equal(5.0 / 7, ConfusionCounts.Precision(counts, SpeechActLabel.SecuritizingMove), 12);
        Assert.Equal(5.0 / 6, ConfusionCounts.Recall(counts, SpeechActLabel.SecuritizingMove), 12);
    }

    [Fact]
    public void AClassNeverGoldNorPredictedHasF1Zero()
    {
        long[] counts = [5, 0, 0, 0, 0, 0, 0, 0, 0];
        Assert.Equal(0, ConfusionCounts.F1(counts, SpeechActLabel.SecuritizingMove));
        Assert.Equal(1.0 / 3, ConfusionCounts.MacroF1(counts), 12);
    }

    [Fact]
    public void AgreesWithClassificationMetricsOnRandomPairs()
    {
        // Two implementations of the same definitions, written separately: the bootstrap's and the eval command's.
        var random = new Random(5);
        for (var trial = 0; trial < 50; trial++)
        {
            var pairs = Enumerable.Range(0, 1 + random.Next(60)).Select(_ => ((SpeechActLabel)random.Next(3), (SpeechActLabel)random.Next(3))).ToList();
            var counts = new long[ConfusionCounts.Length];
            foreach (var (gold, predicted) in pairs)
            {
                counts[ConfusionCounts.IndexOf(gold, predicted)]++;
            }

            var metrics = ClassificationMetrics.From(pairs);
            Assert.Equal(metrics.MacroF1, ConfusionCounts.MacroF1(counts), 12);
            Assert.Equal(metrics.Accuracy, ConfusionCounts.Accuracy(counts), 12);
        }
    }
}
