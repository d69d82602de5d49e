using SpeechActClassifier.Rules;

namespace SpeechActClassifier.Tests.Rules;

/// <summary>The look-back negation scope: which cues a negator denies and where the scope stops.</summary>
public sealed class NegationScopeTests
{
    [Theory]
    [InlineData("The virus no longer poses a threat to the capital.", "threat")]
    [InlineData("Officials said the ship is not a threat.", "threat")]
    [InlineData("The group has ceased to be a danger to shipping.", "danger")]
    [InlineData("Ministers insist the tests aren’t a provocation.", "provocation")]
    [InlineData("The president will never deploy troops there.", "deploy")]
    [InlineData("Seoul does not consider them a threat.", "threat")]
    public void NegatorDeniesTheCueAfterIt(string sentence, string text)
    {
        var cues = CueMatcher.Default.Match(sentence);
        var cue = cues.First(c => sentence.Substring(c.Start, c.Length) == text && c.Category is CueCategory.Threat or CueCategory.Measure);
        Assert.True(cue.IsNegated, CueAssert.Describe(sentence, cues));
    }

    [Theory]
    [InlineData("Not everyone agreed, but the attack was condemned.", "attack")]
    [InlineData("There is no doubt that the threat is growing.", "threat")]
    [InlineData("No agreement was reached on the budget and the crisis deepened over the following weeks.", "crisis")]
    [InlineData("It was not, officials said, a threat.", "threat")]
    [InlineData("There is no greater threat to the region than this.", "threat")]
    [InlineData("We will not allow the attacks to continue.", "attacks")]
    public void ScopeStopsAtClauseBreaksAndDistance(string sentence, string text)
    {
        var cues = CueMatcher.Default.Match(sentence);
        var cue = cues.First(c => c.Category == CueCategory.Threat && sentence.Substring(c.Start, c.Length) == text);
        Assert.False(cue.IsNegated, CueAssert.Describe(sentence, cues));
    }

    [Fact]
    public void LookBackIsTheNamedConstant()
    {
        var words = string.Join(' ', Enumerable.Repeat("very", CueMatcher.NegationLookBack - 1));
        var inside = $"It is not {words} threat.";
        var outside = $"It is not {words} big threat.";
        Assert.True(CueMatcher.Default.Match(inside).Single(c => c.Category == CueCategory.Threat).IsNegated);
        Assert.False(CueMatcher.Default.Match(outside).Single(c => c.Category == CueCategory.Threat).IsNegated);
    }

    [Fact]
    public void ActorsAreNeverNegated()
    {
        const string sentence = "Not Moscow but Minsk sent the letter.";
        Assert.All(CueMatcher.Default.Match(sentence).Where(c => c.Category == CueCategory.Actor), c => Assert.False(c.IsNegated));
    }
}
