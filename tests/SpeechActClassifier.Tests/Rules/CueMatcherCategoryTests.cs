using SpeechActClassifier.Rules;

namespace SpeechActClassifier.Tests.Rules;

/// <summary>One table per simple category: news-like sentences and the exact text each cue must cover.</summary>
public sealed class CueMatcherCategoryTests
{
    [Theory]
    [InlineData("Moscow rejected the proposal on Tuesday.", "Moscow")]
    [InlineData("The Kremlin said talks would continue.", "Kremlin")]
    [InlineData("Officials in Beijing declined to comment.", "Officials")]
    [InlineData("The Pentagon announced a review of its posture.", "Pentagon")]
    [InlineData("CISA published guidance for water utilities.", "CISA")]
    [InlineData("The prime minister spoke to reporters outside Downing Street.", "prime minister")]
    [InlineData("The Secretary-General addressed the General Assembly.", "Secretary-General")]
    [InlineData("NATO’s foreign ministers met in Brussels.", "NATO’s")]
    [InlineData("Washington and its allies disagreed.", "Washington")]
    [InlineData("The U.S. delegation left early.", "U.S.")]
    [InlineData("A statement from the State Department followed.", "State Department")]
    public void Actors(string sentence, string text) =>
        CueAssert.Has(sentence, CueMatcher.Default.Match(sentence), CueCategory.Actor, text);

    [Theory]
    [InlineData("The government regards the militia as a terrorist group.", "regards")]
    [InlineData("Tokyo views the missile launches as a grave provocation.", "views")]
    [InlineData("The minister warned that the floods could displace thousands.", "warned")]
    [InlineData("The council declared the outbreak a public health emergency.", "declared")]
    [InlineData("Let me be clear: this will not stand.", "Let me be clear")]
    [InlineData("Our island state is keenly aware that it faces rising seas.", "keenly aware")]
    [InlineData("The report labelled the network a criminal enterprise.", "labelled")]
    [InlineData("Seoul has long perceived the tests as provocations.", "perceived")]
    public void Designations(string sentence, string text) =>
        CueAssert.Has(sentence, CueMatcher.Default.Match(sentence), CueCategory.Designation, text);

    [Theory]
    [InlineData("The flooding threatens thousands of homes.", "threatens")]
    [InlineData("Officials described the situation as dangerous.", "dangerous")]
    [InlineData("The cyberattack disrupted hospital systems.", "cyberattack")]
    [InlineData("Rebels launched an offensive amid growing instability.", "instability")]
    [InlineData("The border dispute has become a security threat.", "security threat")]
    [InlineData("Analysts fear the aggression will spread.", "aggression")]
    [InlineData("The region faces an existential crisis.", "existential")]
    [InlineData("Terrorists attacked a police station overnight.", "Terrorists")]
    public void Threats(string sentence, string text) =>
        CueAssert.Has(sentence, CueMatcher.Default.Match(sentence), CueCategory.Threat, text);

    [Theory]
    [InlineData("Questions of national security dominated the debate.", "national security")]
    [InlineData("Nothing matters more than our way of life.", "our way of life")]
    [InlineData("The treaty guarantees the territorial integrity of both states.", "territorial integrity")]
    [InlineData("Rising seas put the survival of the islands in question.", "survival")]
    public void Referents(string sentence, string text) =>
        CueAssert.Has(sentence, CueMatcher.Default.Match(sentence), CueCategory.Referent, text);

    [Theory]
    [InlineData("The cabinet declared a state of emergency in three provinces.", "state of emergency")]
    [InlineData("Brussels agreed new sanctions on the regime.", "sanctions")]
    [InlineData("The army deployed two brigades to the frontier.", "deployed")]
    [InlineData("He promised to close the borders within a week.", "close the borders")]
    [InlineData("The alliance will strengthen its deterrence on the eastern flank.", "deterrence")]
    [InlineData("Police announced a crackdown on smuggling gangs.", "crackdown")]
    [InlineData("The senator called for a border wall.", "border wall")]
    [InlineData("The navy held joint exercises with Japanese ships.", "joint exercises")]
    [InlineData("Parliament extended the state of emergency until March.", "state of emergency")]
    public void Measures(string sentence, string text) =>
        CueAssert.Has(sentence, CueMatcher.Default.Match(sentence), CueCategory.Measure, text);

    [Theory]
    [InlineData("We must act without delay.", "without delay")]
    [InlineData("The future of the region is at stake.", "at stake")]
    [InlineData("Aid is urgently needed in the north.", "urgently")]
    public void Urgency(string sentence, string text) =>
        CueAssert.Has(sentence, CueMatcher.Default.Match(sentence), CueCategory.Urgency, text);

    [Theory]
    [InlineData("The two governments agreed on a normalization of ties.", "normalization")]
    [InlineData("The summit marked a new détente between the rivals.", "détente")]
    [InlineData("Both sides pledged to de-escalate along the border.", "de-escalate")]
    [InlineData("The ministers discussed how to lift sanctions next year.", "lift sanctions")]
    public void Desecuritization(string sentence, string text) =>
        CueAssert.Has(sentence, CueMatcher.Default.Match(sentence), CueCategory.Desecuritization, text);

    [Theory]
    [InlineData("The new strain could spread quickly.", "could")]
    [InlineData("The group is reportedly planning more raids.", "reportedly")]
    [InlineData("The talks will perhaps resume in May.", "perhaps")]
    public void Hedges(string sentence, string text) =>
        CueAssert.Has(sentence, CueMatcher.Default.Match(sentence), CueCategory.Hedge, text);

    [Theory]
    [InlineData("This paper applies securitization theory to migration.", "This paper")]
    [InlineData("The concept of human security emerged in the 1990s.", "The concept of")]
    [InlineData("Scholars of the Copenhagen School disagree.", "Copenhagen School")]
    public void Theory(string sentence, string text) =>
        CueAssert.Has(sentence, CueMatcher.Default.Match(sentence), CueCategory.Theory, text);

    [Theory]
    [InlineData("Benefits are paid from social security.", CueCategory.Referent)]
    [InlineData("Tenants lose the security deposit if they leave early.", CueCategory.Referent)]
    [InlineData("Workers want more job security after the merger.", CueCategory.Referent)]
    [InlineData("The Securities and Exchange Commission fined the broker.", CueCategory.Referent)]
    [InlineData("The page was taken down for security reasons.", CueCategory.Referent)]
    [InlineData("He died of a heart attack at 71.", CueCategory.Threat)]
    [InlineData("The supermarkets are locked in a price war.", CueCategory.Threat)]
    [InlineData("After World War II, the city was rebuilt.", CueCategory.Threat)]
    [InlineData("The fund cut its market risk.", CueCategory.Threat)]
    [InlineData("The authors declared no conflicts of interest.", CueCategory.Threat)]
    public void BlockersHideOrdinarySenses(string sentence, CueCategory hidden) =>
        CueAssert.HasNo(sentence, CueMatcher.Default.Match(sentence), hidden);

    [Fact]
    public void ThePronounWhoIsNotTheWorldHealthOrganization()
    {
        const string sentence = "Officials who spoke to reporters said the WHO would send experts.";
        var actors = CueMatcher.Default.Match(sentence).Where(c => c.Category == CueCategory.Actor).Select(c => sentence.Substring(c.Start, c.Length));
        Assert.Equal(["Officials", "the WHO"], actors);
    }

    [Fact]
    public void SecurityCouncilElectionsAreAnActorNotAReferent()
    {
        const string sentence = "The Security Council elections were held in June.";
        var cues = CueMatcher.Default.Match(sentence);
        CueAssert.Has(sentence, cues, CueCategory.Actor, "Security Council");
        CueAssert.HasNo(sentence, cues, CueCategory.Referent);
    }

    [Fact]
    public void LongestPhraseWins()
    {
        const string sentence = "The ministry called it a national security threat.";
        var cues = CueMatcher.Default.Match(sentence);
        CueAssert.Has(sentence, cues, CueCategory.Threat, "national security threat");
        CueAssert.HasNo(sentence, cues, CueCategory.Referent);
    }

    [Fact]
    public void BritishAndAmericanSpellingsBothMatch()
    {
        foreach (var sentence in new[] { "The reserve was mobilized.", "The reserve was mobilised." })
        {
            CueAssert.Has(sentence, CueMatcher.Default.Match(sentence), CueCategory.Measure, sentence[16..^1]);
        }
    }

    [Fact]
    public void NotOnlyIsNotANegation()
    {
        const string sentence = "The drought is not only a threat to farmers.";
        var cues = CueMatcher.Default.Match(sentence);
        CueAssert.HasNo(sentence, cues, CueCategory.Negation);
        Assert.False(CueAssert.Has(sentence, cues, CueCategory.Threat, "threat").IsNegated);
    }
}
