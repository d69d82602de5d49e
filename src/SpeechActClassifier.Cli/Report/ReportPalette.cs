namespace SpeechActClassifier.Cli.Report;

/// <summary>
/// The report's colours, one per label, chosen to differ in lightness as well as hue (they stay apart in grey and
/// for colour-blind readers), and named so tests can check what the browser rendered.
/// </summary>
internal static class ReportPalette
{
    /// <summary>Background of a securitizing move: rgb(248, 215, 218).</summary>
    public const string SecuritizingMove = "#f8d7da";

    /// <summary>Background of a threat framing: rgb(255, 236, 179).</summary>
    public const string ThreatFraming = "#ffecb3";

    /// <summary>Background of a neutral sentence: none (transparent).</summary>
    public const string Neutral = "transparent";

    /// <summary>The colour of a label's bar in the summary chart.</summary>
    public static string Bar(SpeechActLabel label) => label switch
    {
        SpeechActLabel.SecuritizingMove => "#b3261e",
        SpeechActLabel.ThreatFraming => "#b26a00",
        _ => "#8a8f98",
    };

    /// <summary>The short tag printed after a sentence so the label reads without colour.</summary>
    public static string Tag(SpeechActLabel label) => label switch
    {
        SpeechActLabel.SecuritizingMove => "SM",
        SpeechActLabel.ThreatFraming => "TF",
        _ => string.Empty,
    };
}
