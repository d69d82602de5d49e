using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using SpeechActClassifier.Features;
using SpeechActClassifier.Rules;

namespace SpeechActClassifier.Model;

/// <summary>
/// SHA-256 of everything the features of a sentence depend on besides its text: the embedded lexicon and rule files
/// (in <see cref="LexiconResources.FileNames"/> order), the decision procedure's thresholds, the matcher's and the
/// layout's constants, and <see cref="FeatureLayout.Version"/> for changes in code. A model records the fingerprint
/// it was trained with, and loading refuses a model whose fingerprint differs: its trees would read shifted features.
/// </summary>
internal static class FeatureFingerprint
{
    private static readonly Lazy<string> CurrentValue = new(() => Compute(Constants()), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The fingerprint of this build of the library with its embedded lexicon, as lower-case hex.</summary>
    public static string Current => CurrentValue.Value;

    /// <summary>
    /// The fingerprint of features read with <paramref name="lexicon"/>: <see cref="Current"/> for
    /// <see cref="Lexicon.Default"/>, else the constants and every term and rule of the lexicon as the matcher reads
    /// them (notes left out), so a model trained with a custom lexicon loads only with that lexicon's terms.
    /// </summary>
    /// <param name="lexicon">A lexicon, or <see langword="null"/> for the embedded one (not parsed for this).</param>
    public static string Of(Lexicon? lexicon)
    {
        if (lexicon is null || ReferenceEquals(lexicon, Lexicon.Default))
        {
            return Current;
        }

        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Append(hash, Constants());
        hash.AppendData("custom lexicon\n"u8);
        foreach (var entry in lexicon.Entries)
        {
            var category = entry.IsBlocker ? "Block" : entry.Category.ToString();
            hash.AppendData(Encoding.UTF8.GetBytes($"{entry.Term}\t{category}\t{Text(entry.Weight)}\n"));
        }

        foreach (var rule in lexicon.Rules)
        {
            hash.AppendData(Encoding.UTF8.GetBytes($"{rule.Result}\t{rule.Left}\t{rule.Link}\t{rule.Right}\t{Text(rule.Window)}\t{rule.Scope}\t{Text(rule.Weight)}\n"));
        }

        return Convert.ToHexString(hash.GetHashAndReset()).ToLowerInvariant();
    }

    /// <summary>
    /// Every constant the features read, as <c>name=value</c> lines. Listed by hand rather than found by reflection,
    /// so the library stays trimmable; a test checks that every public constant of the rules and the layout is here.
    /// </summary>
    internal static IReadOnlyList<(string Name, string Value)> Constants() =>
    [
        (nameof(FeatureLayout) + "." + nameof(FeatureLayout.Version), Text(FeatureLayout.Version)),
        (nameof(FeatureLayout) + "." + nameof(FeatureLayout.HashSlots), Text(FeatureLayout.HashSlots)),
        (nameof(FeatureLayout) + "." + nameof(FeatureLayout.CompositeCount), Text(FeatureLayout.CompositeCount)),
        (nameof(FeatureLayout) + "." + nameof(FeatureLayout.NearTokens), Text(FeatureLayout.NearTokens)),
        (nameof(FeatureLayout) + "." + nameof(FeatureLayout.HashFunction), FeatureLayout.HashFunction),
        (nameof(FeatureLayout) + "." + nameof(FeatureLayout.Width), Text(FeatureLayout.Width)),
        (nameof(FeatureExtractor) + "." + nameof(FeatureExtractor.MaxPositionedTokens), Text(FeatureExtractor.MaxPositionedTokens)),
        (nameof(CueMatcher) + "." + nameof(CueMatcher.MaxCues), Text(CueMatcher.MaxCues)),
        (nameof(CueMatcher) + "." + nameof(CueMatcher.MaxStackTokens), Text(CueMatcher.MaxStackTokens)),
        (nameof(CueMatcher) + "." + nameof(CueMatcher.NegationLookBack), Text(CueMatcher.NegationLookBack)),
        (nameof(RuleBasedClassifier) + "." + nameof(RuleBasedClassifier.ThreatThreshold), Text(RuleBasedClassifier.ThreatThreshold)),
        (nameof(RuleBasedClassifier) + "." + nameof(RuleBasedClassifier.ThreatWithMeasureThreshold), Text(RuleBasedClassifier.ThreatWithMeasureThreshold)),
        (nameof(RuleBasedClassifier) + "." + nameof(RuleBasedClassifier.TheoryThreshold), Text(RuleBasedClassifier.TheoryThreshold)),
        (nameof(RuleBasedClassifier) + "." + nameof(RuleBasedClassifier.DesecuritizationThreshold), Text(RuleBasedClassifier.DesecuritizationThreshold)),
        (nameof(RuleBasedClassifier) + "." + nameof(RuleBasedClassifier.DesignationMinimumWeight), Text(RuleBasedClassifier.DesignationMinimumWeight)),
        (nameof(RuleBasedClassifier) + "." + nameof(RuleBasedClassifier.PerformativeMinimumWeight), Text(RuleBasedClassifier.PerformativeMinimumWeight)),
        (nameof(RuleBasedClassifier) + "." + nameof(RuleBasedClassifier.MeasureWithThreatThreshold), Text(RuleBasedClassifier.MeasureWithThreatThreshold)),
        (nameof(RuleBasedClassifier) + "." + nameof(RuleBasedClassifier.BareMeasureMinimumWeight), Text(RuleBasedClassifier.BareMeasureMinimumWeight)),
        (nameof(RuleBasedClassifier) + "." + nameof(RuleBasedClassifier.ActorMeasureMinimumWeight), Text(RuleBasedClassifier.ActorMeasureMinimumWeight)),
        (nameof(RuleBasedClassifier) + "." + nameof(RuleBasedClassifier.UrgencyThreshold), Text(RuleBasedClassifier.UrgencyThreshold)),
    ];

    /// <summary>The fingerprint of <paramref name="constants"/> and the embedded lexicon files.</summary>
    internal static string Compute(IReadOnlyList<(string Name, string Value)> constants)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Append(hash, constants);
        foreach (var fileName in LexiconResources.FileNames)
        {
            using var stream = LexiconResources.Open(fileName);
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            hash.AppendData(Encoding.UTF8.GetBytes(fileName + "\n"));
            hash.AppendData(buffer.ToArray());
        }

        return Convert.ToHexString(hash.GetHashAndReset()).ToLowerInvariant();
    }

    private static void Append(IncrementalHash hash, IReadOnlyList<(string Name, string Value)> constants)
    {
        foreach (var (name, value) in constants)
        {
            hash.AppendData(Encoding.UTF8.GetBytes($"{name}={value}\n"));
        }
    }

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Text(float value) => value.ToString("R", CultureInfo.InvariantCulture);
}
