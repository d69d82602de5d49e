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
    /// <exception cref="ArgumentException"><paramref name="term"/> is empty or <paramref name="weight"/> is not a finite number.</exception>
    public LexiconEntry(string term, CueCategory category, float weight, bool isBlocker = false, string note = "")
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(term);
        if (!float.IsFinite(weight))
        {
            throw new ArgumentException("The weight must be a finite number.", nameof(weight));
        }

        Term = CaseFolding.Fold(term.Trim());
        Category = isBlocker ? default : category;
        Weight = weight;
        IsBlocker = isBlocker;
        Note = note ?? string.Empty;
    }

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
}
