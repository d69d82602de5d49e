using SpeechActClassifier.Model;
using SpeechActClassifier.Training;

namespace SpeechActClassifier.Tests.Training;

public sealed class DecisionWeightsTests
{
    [Fact]
    public void TheLargestWeightedProbabilityWins()
    {
        float[] probabilities = [0.5f, 0.2f, 0.3f];
        Assert.Equal(SpeechActLabel.Neutral, DecisionWeights.None.Decide(probabilities));
        Assert.Equal(SpeechActLabel.SecuritizingMove, new DecisionWeights(1f, 1f, 2f).Decide(probabilities));
        Assert.Equal(SpeechActLabel.ThreatFraming, new DecisionWeights(1f, 3f, 2f).Decide(probabilities));
    }

    [Fact]
    public void TiesGoToTheLowerClassIndex()
    {
        Assert.Equal(SpeechActLabel.Neutral, DecisionWeights.None.Decide([0.4f, 0.4f, 0.2f]));
        Assert.Equal(SpeechActLabel.ThreatFraming, DecisionWeights.None.Decide([0.2f, 0.4f, 0.4f]));
    }

    [Theory]
    [InlineData(0f)]
    [InlineData(-1f)]
    [InlineData(float.NaN)]
    [InlineData(float.PositiveInfinity)]
    public void OnlyPositiveFiniteWeightsAreValid(float weight)
    {
        Assert.True(DecisionWeights.None.AreValid());
        Assert.False(new DecisionWeights(1f, weight, 1f).AreValid());
    }

    [Fact]
    public void TheTunerRaisesARareClassThatIsAlwaysRunnerUp()
    {
        // Every gold SecuritizingMove sentence has it second to Neutral (0.35 against 0.6); with weight 1 none is found.
        var probabilities = new List<float[]>();
        var gold = new List<SpeechActLabel>();
        for (var i = 0; i < 90; i++)
        {
            probabilities.Add([0.9f, 0.05f, 0.05f]);
            gold.Add(SpeechActLabel.Neutral);
        }

        for (var i = 0; i < 10; i++)
        {
            probabilities.Add([0.6f, 0.05f, 0.35f]);
            gold.Add(SpeechActLabel.SecuritizingMove);
        }

        var weights = DecisionWeightTuner.Tune(probabilities, gold);

        // 0.35 w > 0.6 needs w > 1.71; 0.05 w > 0.9 must not hold, so w < 18. Of the grid's weights (2^(i/4)) that do it,
        // 2 is the closest to 1 (2^(3/4) = 1.68 is just too small).
        Assert.Equal(2f, weights.SecuritizingMove, 5);
        Assert.Equal(1f, weights.ThreatFraming);
        Assert.All(probabilities.Zip(gold), p => Assert.Equal(p.Second, weights.Decide(p.First)));
    }

    [Fact]
    public void PerfectProbabilitiesKeepWeightsOfOne()
    {
        float[][] probabilities = [[0.8f, 0.1f, 0.1f], [0.1f, 0.8f, 0.1f], [0.1f, 0.1f, 0.8f]];
        Assert.Equal(DecisionWeights.None, DecisionWeightTuner.Tune(probabilities, [SpeechActLabel.Neutral, SpeechActLabel.ThreatFraming, SpeechActLabel.SecuritizingMove]));
    }

    [Fact]
    public void CrossFittedLabelsUseWeightsTunedOnTheOtherFoldsOnly()
    {
        // Fold 0 needs a large SecuritizingMove weight, fold 1 none: each fold's labels must come from the other's weights.
        float[][] probabilities = [[0.6f, 0.05f, 0.35f], [0.9f, 0.05f, 0.05f], [0.45f, 0.1f, 0.45f], [0.9f, 0.05f, 0.05f]];
        SpeechActLabel[] gold = [SpeechActLabel.SecuritizingMove, SpeechActLabel.Neutral, SpeechActLabel.Neutral, SpeechActLabel.Neutral];
        int[] folds = [0, 0, 1, 1];

        var labels = DecisionWeightTuner.CrossFittedLabels(probabilities, gold, folds);

        var fromFold1 = DecisionWeightTuner.Tune([probabilities[2], probabilities[3]], [gold[2], gold[3]]);
        var fromFold0 = DecisionWeightTuner.Tune([probabilities[0], probabilities[1]], [gold[0], gold[1]]);
        Assert.Equal([fromFold1.Decide(probabilities[0]), fromFold1.Decide(probabilities[1]), fromFold0.Decide(probabilities[2]), fromFold0.Decide(probabilities[3])], labels);

        // Tuned on its own fold the first sentence would be right; the other fold's weights leave it Neutral.
        Assert.Equal(SpeechActLabel.Neutral, labels[0]);
        Assert.Equal(SpeechActLabel.SecuritizingMove, labels[2]);
    }
}
