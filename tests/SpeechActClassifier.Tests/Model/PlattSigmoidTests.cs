using SpeechActClassifier.Model;

namespace SpeechActClassifier.Tests.Model;

/// <summary>
/// The calibration sigmoid on hand-worked values. FastTree's calibrators all have offset 0, so the comparisons with
/// ML.NET never see the offset term; a model file may carry any offset, and these values pin both terms and signs.
/// </summary>
public sealed class PlattSigmoidTests
{
    [Theory]
    [InlineData(0f, 5.0, 1.0986122886681098, 0.25)]            // exp(0 + ln 3) = 3: 1 / 4
    [InlineData(1f, 1.0986122886681098, 0.0, 0.25)]            // exp(ln 3 + 0) = 3: 1 / 4
    [InlineData(2f, -0.6931471805599453, 0.6931471805599453, 2.0 / 3)] // exp(-2 ln 2 + ln 2) = 1/2: 1 / 1.5
    [InlineData(-1f, 1.0986122886681098, 1.0986122886681098, 0.5)]     // exp(-ln 3 + ln 3) = 1: 1 / 2
    public void TheProbabilityIsOneOverOnePlusExpOfSlopeTimesScorePlusOffset(float score, double slope, double offset, double probability)
    {
        Assert.Equal(probability, ClassProbabilities.Platt(score, slope, offset), 6);
    }
}
