using SpeechActClassifier.Rules;

namespace SpeechActClassifier.Tests.Rules;

/// <summary>The contract of <see cref="CueMatcher"/>: offsets, order, truncation, allocation, threads.</summary>
public sealed class CueMatcherApiTests
{
    public static TheoryData<string> Sentences() =>
    [
        "",
        "   ",
        "threat",
        "NATO’s allies, who consider Russia’s build-up a threat, deployed troops; Moscow did not retaliate.",
        "Not only is the state of emergency no longer needed — officials said — it was never a threat!",
        "“Security”? (social security) — security deposit… U.S. troops …",
        "secu\u00ADrity threat\u200B from 🚀 attacks",
        "THE GOVERNMENT WARNED OF AN EXISTENTIAL THREAT TO THE NATION.",
        string.Concat(Enumerable.Repeat("The minister warned that the attack threatens national security and must be deterred. ", 40)),
    ];

    [Theory]
    [MemberData(nameof(Sentences))]
    public void CuesLieInsideTheInputAndComeInTextOrder(string sentence)
    {
        var cues = CueMatcher.Default.Match(sentence);
        Assert.InRange(cues.Count, 0, CueMatcher.MaxCues);
        for (var i = 0; i < cues.Count; i++)
        {
            Assert.InRange(cues[i].Start, 0, sentence.Length - 1);
            Assert.InRange(cues[i].End, cues[i].Start + 1, sentence.Length);
            if (i > 0)
            {
                Assert.True(cues[i - 1].Start <= cues[i].Start, "cues out of text order");
            }
        }
    }

    [Fact]
    public void RandomMixesOfCueWordsAndOddCharactersStayInsideTheInput()
    {
        // Fixed seed: the same inputs on every run, so a failure can be reproduced.
        var random = new Random(20260101);
        string[] pieces = ["not", "no longer", "threat", "NATO’s", "as", "a", ",", "—", "state of emergency", "social security", "\u00AD", "\u200B", "🚀", "U.S.", "'s", "-", "warned", "de-securitize", "  ", "\t", "\uD800", "é"];
        for (var run = 0; run < 500; run++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(0, 40)).Select(_ => pieces[random.Next(pieces.Length)] + (random.Next(3) == 0 ? string.Empty : " ")));
            foreach (var cue in CueMatcher.Default.Match(text))
            {
                Assert.InRange(cue.Start, 0, text.Length - 1);
                Assert.InRange(cue.End, cue.Start + 1, text.Length);
            }
        }
    }

    /// <summary>
    /// Every term of the embedded lexicons is found where it stands, alone and with its last word possessive: the
    /// edge filter that lets the matcher skip words where no phrase starts must pass every real start, possessive
    /// edges included. After initials or a number ("U.S.’s", "Article 5’s") the tokenizer splits the possessive off,
    /// and the bare term is the cue.
    /// </summary>
    [Fact]
    public void EveryLexiconTermIsFoundInASentence()
    {
        var missed = new List<string>();
        foreach (var entry in Lexicon.Default.Entries.Where(e => !e.IsBlocker))
        {
            foreach (var term in new[] { entry.Term, entry.Term + "’s" })
            {
                var sentence = $"Yesterday {term} happened.";
                var start = "Yesterday ".Length;
                if (!CueMatcher.Default.Match(sentence).Any(c => c.Category == entry.Category && c.Start == start && (c.Length == term.Length || c.Length == entry.Term.Length)))
                {
                    missed.Add($"{entry.Category}:'{term}'");
                }
            }
        }

        Assert.True(missed.Count == 0, $"{missed.Count} terms not found: {string.Join(", ", missed.Take(20))}");
    }

    [Fact]
    public void MatchIsCaseInsensitiveAndFoldsApostrophes()
    {
        const string upper = "THE KREMLIN’S ENVOY WARNED OF AN EXISTENTIAL THREAT.";
        var cues = CueMatcher.Default.Match(upper);
        CueAssert.Has(upper, cues, CueCategory.Actor, "KREMLIN’S");
        CueAssert.Has(upper, cues, CueCategory.Threat, "EXISTENTIAL");
    }

    [Fact]
    public void SpanOverloadTruncatesAtTheDestinationLength()
    {
        const string sentence = "The minister warned that the attack threatens national security and must be deterred.";
        var all = CueMatcher.Default.Match(sentence);
        Assert.True(all.Count > 3);
        Span<Cue> small = stackalloc Cue[3];
        Assert.Equal(3, CueMatcher.Default.Match(sentence, small));
        Assert.Equal(all.Take(3), small.ToArray());
        Assert.Equal(0, CueMatcher.Default.Match(sentence, Span<Cue>.Empty));
    }

    [Fact]
    public void NullSentenceThrows() =>
        Assert.Throws<ArgumentNullException>(() => CueMatcher.Default.Match((string)null!));

    [Fact]
    public void SpanMatchDoesNotAllocate()
    {
        const string sentence = "NATO considers Russia’s military build-up on the border a threat and will deploy troops to deter aggression.";
        var matcher = CueMatcher.Default;
        var cues = new Cue[CueMatcher.MaxCues];
        matcher.Match(sentence, cues);
        var before = GC.GetAllocatedBytesForCurrentThread();
        var count = 0;
        for (var i = 0; i < 100; i++)
        {
            count = matcher.Match(sentence, cues);
        }

        Assert.Equal(before, GC.GetAllocatedBytesForCurrentThread());
        Assert.True(count > 5);
    }

    [Fact]
    public void SharedMatcherGivesTheSameCuesOnEveryThread()
    {
        const string sentence = "Tokyo regards the missile launches as a grave threat and has raised its alert level.";
        var expected = CueMatcher.Default.Match(sentence);
        Parallel.For(0, 64, _ => Assert.Equal(expected, CueMatcher.Default.Match(sentence)));
    }

    [Fact]
    public void LongSentencesMatchTheSameAsShortOnes()
    {
        const string unit = "Officials warned of a threat. ";
        var longText = string.Concat(Enumerable.Repeat(unit, 100));
        Span<Cue> cues = stackalloc Cue[CueMatcher.MaxCues];
        var count = CueMatcher.Default.Match(longText, cues);
        Assert.Equal(CueMatcher.MaxCues, count);
        Assert.Single(CueMatcher.Default.Match(unit), c => c.Category == CueCategory.Threat);
        Assert.Equal(unit.IndexOf("threat", StringComparison.Ordinal) + unit.Length, cues.ToArray().Where(c => c.Category == CueCategory.Threat).ElementAt(1).Start);
    }
}
