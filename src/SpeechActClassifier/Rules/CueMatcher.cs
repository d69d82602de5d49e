namespace SpeechActClassifier.Rules;

/// <summary>
/// Finds the cue words of a sentence. This is the model branch's stand-in with the agreed public API and a
/// minimal lexicon, so features and training build before the lexicon-driven matcher of the rules branch
/// (issue 3) is merged; that merge replaces this file.
/// </summary>
public sealed class CueMatcher
{
    /// <summary>The most cues <see cref="Match(ReadOnlySpan{char}, Span{Cue})"/> reports for one sentence.</summary>
    public const int MaxCues = 64;

    // A negator governs a cue that follows it within this many tokens ("no longer poses a threat").
    private const int NegationScopeTokens = 4;

    private static readonly (string Term, CueCategory Category)[] Lexicon =
    [
        ("nato", CueCategory.Actor), ("russia", CueCategory.Actor), ("moscow", CueCategory.Actor),
        ("government", CueCategory.Actor), ("we", CueCategory.Actor), ("states", CueCategory.Actor),
        ("considers", CueCategory.Designation), ("identifies", CueCategory.Designation),
        ("perceived", CueCategory.Designation), ("warned", CueCategory.Designation), ("declared", CueCategory.Designation),
        ("threat", CueCategory.Threat), ("threats", CueCategory.Threat), ("danger", CueCategory.Threat),
        ("aggression", CueCategory.Threat), ("tension", CueCategory.Threat), ("existential", CueCategory.Threat),
        ("security", CueCategory.Referent), ("survival", CueCategory.Referent), ("sovereignty", CueCategory.Referent),
        ("deter", CueCategory.Measure), ("deterrence", CueCategory.Measure), ("sanctions", CueCategory.Measure),
        ("military", CueCategory.Measure), ("forces", CueCategory.Measure), ("deployed", CueCategory.Measure),
        ("must", CueCategory.Urgency), ("urgent", CueCategory.Urgency),
        ("not", CueCategory.Negation), ("no", CueCategory.Negation), ("never", CueCategory.Negation),
        ("cooperation", CueCategory.Desecuritization), ("partnership", CueCategory.Desecuritization),
        ("may", CueCategory.Hedge), ("could", CueCategory.Hedge),
        ("theory", CueCategory.Theory), ("concept", CueCategory.Theory), ("securitization", CueCategory.Theory),
    ];

    /// <summary>The matcher over the built-in lexicon.</summary>
    public static CueMatcher Default { get; } = new();

    /// <summary>Writes the cues of <paramref name="sentence"/> into <paramref name="destination"/> in text order.</summary>
    /// <param name="sentence">One sentence.</param>
    /// <param name="destination">Where the cues go; at most its length are written.</param>
    /// <returns>How many cues were written.</returns>
    public int Match(ReadOnlySpan<char> sentence, Span<Cue> destination)
    {
        var count = 0;
        var tokenIndex = 0;
        var lastNegatorToken = int.MinValue;
        foreach (var token in Text.Tokenizer.Enumerate(sentence))
        {
            var word = token.Slice(sentence);
            foreach (var (term, category) in Lexicon)
            {
                if (count == destination.Length || !Text.CaseFolding.FoldedEquals(word, term))
                {
                    continue;
                }

                var negated = category != CueCategory.Negation && tokenIndex - lastNegatorToken <= NegationScopeTokens;
                destination[count++] = new Cue(category, token.Start, token.Length, negated, 1f);
                if (category == CueCategory.Negation)
                {
                    lastNegatorToken = tokenIndex;
                }
            }

            tokenIndex++;
        }

        return count;
    }

    /// <summary>Returns the cues of <paramref name="sentence"/> as a list (a convenience over the span API).</summary>
    /// <param name="sentence">One sentence.</param>
    /// <returns>The cues in text order.</returns>
    public IReadOnlyList<Cue> Match(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        Span<Cue> buffer = stackalloc Cue[MaxCues];
        return buffer[..Match(sentence, buffer)].ToArray();
    }
}
