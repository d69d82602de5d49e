using SpeechActClassifier.Text;

namespace SpeechActClassifier.Rules;

/// <summary>
/// One concrete term of a lexicon: a word or phrase (already case-folded, braces expanded), the category it
/// signals and its weight; or a blocker, a phrase whose words must not be read as cues ("social security").
/// </summary>
public sealed record LexiconEntry
{
    /// <summary>Creates an entry.</summary>
    /// <param name="term">The word or phrase; it is case-folded here. Words are split as the tokenizer splits text.</param>
    /// <param name="category">The category the term signals (ignored for a blocker).</param>
    /// <param name="weight">How strong a cue the term is; 1 is an ordinary cue.</param>
    /// <param name="isBlocker">True for a phrase that suppresses every cue inside it.</param>
    /// <param name="note">A free comment saying why the term is there.</param>
    /// <exception cref="ArgumentException">
    /// <paramref name="term"/> is empty, has more than <see cref="MaxWords"/> words, or <paramref name="weight"/> is not a finite number.
    /// </exception>
    public LexiconEntry(string term, CueCategory category, float weight, bool isBlocker = false, string note = "")
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(term);
        if (!float.IsFinite(weight))
        {
            throw new ArgumentException("The weight must be a finite number.", nameof(weight));
        }

        Term = CaseFolding.Fold(term.Trim());
        if (WordCount(Term) is 0 or > MaxWords)
        {
            throw new ArgumentException(WordCountProblem(term), nameof(term));
        }

        Category = isBlocker ? default : category;
        Weight = weight;
        IsBlocker = isBlocker;
        Note = note ?? string.Empty;
    }

    /// <summary>
    /// The most words (tokens) a term may have. The longest real cue phrases ("Centers for Disease Control and
    /// Prevention") have 6; 16 leaves room and bounds the matcher's walk from each token.
    /// </summary>
    public const int MaxWords = 16;

    /// <summary>The case-folded word or phrase.</summary>
    public string Term { get; }

    /// <summary>The category the term signals; <see cref="CueCategory.Actor"/> (the default) for a blocker.</summary>
    public CueCategory Category { get; }

    /// <summary>How strong a cue the term is; 1 is an ordinary cue.</summary>
    public float Weight { get; }

    /// <summary>True for a phrase that suppresses every cue inside it ("social security", "heart attack").</summary>
    public bool IsBlocker { get; }

    /// <summary>A free comment saying why the term is there.</summary>
    public string Note { get; }

    /// <summary>What is wrong with a term of too few or too many words, for an error message.</summary>
    /// <param name="term">The term as written.</param>
    internal static string WordCountProblem(string term) => $"The term '{term}' must have 1 to {MaxWords} words.";

    /// <summary>How many tokens <paramref name="term"/> has, as the tokenizer splits text (counted up to <see cref="MaxWords"/> + 1).</summary>
    private static int WordCount(string term)
    {
        var count = 0;
        foreach (var unused in Tokenizer.Enumerate(term))
        {
            if (++count > MaxWords)
            {
                break;
            }
        }

        return count;
    }
}
