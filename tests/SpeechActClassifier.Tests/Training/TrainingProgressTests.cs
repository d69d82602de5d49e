using SpeechActClassifier.Training;

namespace SpeechActClassifier.Tests.Training;

public sealed class TrainingProgressTests
{
    [Fact]
    public void TimeLeftExtrapolatesThePaceSoFar()
    {
        var progress = new TrainingProgress("search", 1, 4, Done: 10, Total: 40, "trees=100", TimeSpan.FromSeconds(60));
        Assert.Equal(TimeSpan.FromSeconds(180), progress.Remaining);
        Assert.Equal("[1/4 search] 10/40 fits, 1:00 elapsed, about 3:00 left: trees=100", progress.ToString());
    }

    [Fact]
    public void NothingDoneYetClaimsNoTimeLeft() =>
        Assert.Equal(TimeSpan.Zero, new TrainingProgress("search", 1, 4, 0, 40, string.Empty, TimeSpan.FromSeconds(5)).Remaining);
}
