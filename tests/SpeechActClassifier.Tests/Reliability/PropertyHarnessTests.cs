namespace SpeechActClassifier.Tests.Reliability;

/// <summary>The property harness itself: a failing property is reported with a shrunk, escaped counter-example.</summary>
public sealed class PropertyHarnessTests
{
    [Fact]
    public void AFailureIsShrunkToTheCharactersThatCauseIt()
    {
        var error = Assert.ThrowsAny<Exception>(() => Property.Check(HostileText.Strings, ["abc\u200Bq def"], text => Assert.DoesNotContain("q", text, StringComparison.Ordinal)));
        Assert.Contains("shrunk to 1 chars: \"q\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheSameSeedGivesTheSameInputs()
    {
        var first = new List<string>();
        var second = new List<string>();
        Property.Check(HostileText.Strings, [], first.Add, seed: 5);
        Property.Check(HostileText.Strings, [], second.Add, seed: 5);
        Assert.Equal(first, second);
        Assert.True(first.Distinct().Count() > Property.Count / 2, "the generator should vary");
    }
}
