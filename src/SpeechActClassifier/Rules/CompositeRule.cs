using SpeechActClassifier.Text;

namespace SpeechActClassifier.Rules;

/// <summary>
/// A rule that combines two simple cues into a composite one: a cue of <see cref="Left"/> followed, within
/// <see cref="Window"/> tokens, by a cue of <see cref="Right"/>, optionally with the word <see cref="Link"/> between
/// them ("considers ... as ... a threat").
/// </summary>
public sealed record CompositeRule
{
    /// <summary>Creates a rule.</summary>
    /// <param name="result">The category of the composite cue.</param>
    /// <param name="left">The category of the first cue.</param>
    /// <param name="link">A word that must stand between the two cues, or empty for none.</param>
    /// <param name="right">The category of the second cue.</param>
    /// <param name="window">The most tokens allowed between the end of the first cue and the start of the second.</param>
    /// <param name="scope">Whether the two cues must share a clause.</param>
    /// <param name="weight">The weight of the composite cue.</param>
    /// <param name="note">A free comment saying why the rule is there.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="window"/> is negative.</exception>
    public CompositeRule(CueCategory result, CueCategory left, string link, CueCategory right, int window, RuleScope scope, float weight, string note = "")
    {
        ArgumentOutOfRangeException.ThrowIfNegative(window);
        Result = result;
        Left = left;
        Link = CaseFolding.Fold((link ?? string.Empty).Trim());
        Right = right;
        Window = window;
        Scope = scope;
        Weight = weight;
        Note = note ?? string.Empty;
    }

    /// <summary>The category of the composite cue.</summary>
    public CueCategory Result { get; }

    /// <summary>The category of the first cue.</summary>
    public CueCategory Left { get; }

    /// <summary>A case-folded word that must stand between the two cues, or empty for none.</summary>
    public string Link { get; }

    /// <summary>The category of the second cue.</summary>
    public CueCategory Right { get; }

    /// <summary>The most tokens allowed between the end of the first cue and the start of the second.</summary>
    public int Window { get; }

    /// <summary>Whether the two cues must share a clause.</summary>
    public RuleScope Scope { get; }

    /// <summary>The weight of the composite cue.</summary>
    public float Weight { get; }

    /// <summary>A free comment saying why the rule is there.</summary>
    public string Note { get; }
}
