namespace SpeechActClassifier.Tests;

/// <summary>
/// Package validation refuses a pack that removes or changes a public member; this pins the other direction, so a
/// type does not become public, and part of what a consumer must learn, by accident.
/// </summary>
public sealed class PublicSurfaceTests
{
    [Fact]
    public void TheCoreExportsOnlyTheTypesAConsumerUses()
    {
        var exported = typeof(SecuritizationClassifier).Assembly.GetExportedTypes()
            .Select(type => type.FullName!)
            .Order(StringComparer.Ordinal)
            .ToArray();

        string[] expected =
        [
            "SpeechActClassifier.Cue",
            "SpeechActClassifier.CueCategory",
            "SpeechActClassifier.CueTally",
            "SpeechActClassifier.DocumentScore",
            "SpeechActClassifier.DocumentScoringOptions",
            "SpeechActClassifier.DocumentSummary",
            "SpeechActClassifier.Model.DecisionWeights",
            "SpeechActClassifier.Model.FastTreeHyperParameters",
            "SpeechActClassifier.Model.LabelledFile",
            "SpeechActClassifier.Model.ModelManifest",
            "SpeechActClassifier.ModelFormatException",
            "SpeechActClassifier.Rules.CompositeRule",
            "SpeechActClassifier.Rules.Lexicon",
            "SpeechActClassifier.Rules.LexiconEntry",
            "SpeechActClassifier.Rules.LexiconFormatException",
            "SpeechActClassifier.Rules.RuleBasedClassification",
            "SpeechActClassifier.Rules.RuleBasedClassifier",
            "SpeechActClassifier.Rules.RuleDecision",
            "SpeechActClassifier.Rules.RuleScope",
            "SpeechActClassifier.ScoredSentence",
            "SpeechActClassifier.SecuritizationClassifier",
            "SpeechActClassifier.SentenceAnalysis",
            "SpeechActClassifier.SentenceClassification",
            "SpeechActClassifier.SpeechActLabel",
        ];
        Assert.Equal(expected, exported);
    }

    [Fact]
    public void NoRuleThresholdIsAPublicConstant()
    {
        // A public const is copied into every caller at compile time, so retuning it would not reach them.
        var constants = typeof(SecuritizationClassifier).Assembly.GetExportedTypes()
            .Where(type => !type.IsEnum)
            .SelectMany(type => type.GetFields().Where(field => field.IsLiteral).Select(field => $"{type.Name}.{field.Name}"))
            .Order(StringComparer.Ordinal);

        Assert.Equal(["DocumentSummary.StrongestCueLimit", "LexiconEntry.MaxWords", "SecuritizationClassifier.MaxAllocationFreeTokens"], constants);
    }
}
