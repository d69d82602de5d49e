using System.Reflection;
using SpeechActClassifier.Features;
using SpeechActClassifier.Model;
using SpeechActClassifier.Rules;

namespace SpeechActClassifier.Tests.Model;

public sealed class FeatureFingerprintTests
{
    [Theory]
    [InlineData(typeof(RuleBasedClassifier))]
    [InlineData(typeof(CueMatcher))]
    [InlineData(typeof(FeatureLayout))]
    public void EveryConstantTheFeaturesReadIsInTheFingerprint(Type type)
    {
        // A threshold added to the rules without being added to the fingerprint would let a stale model load. The
        // constants are internal (callers must not compile them in), so private ones are the only ones left out.
        var listed = FeatureFingerprint.Constants().Select(c => c.Name).ToHashSet();
        var constants = type.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)
            .Where(f => f.IsLiteral && (f.IsPublic || f.IsAssembly))
            .Select(f => $"{type.Name}.{f.Name}")
            .ToList();
        Assert.NotEmpty(constants);
        Assert.All(constants, name => Assert.Contains(name, listed));
    }

    [Fact]
    public void ChangingOneThresholdChangesTheFingerprint()
    {
        var constants = FeatureFingerprint.Constants().ToList();
        var threshold = constants.FindIndex(c => c.Name == "RuleBasedClassifier.ThreatThreshold");
        constants[threshold] = (constants[threshold].Name, "0.71");

        Assert.Equal(FeatureFingerprint.Current, FeatureFingerprint.Compute(FeatureFingerprint.Constants()));
        Assert.NotEqual(FeatureFingerprint.Current, FeatureFingerprint.Compute(constants));
    }

    [Fact]
    public void TheFingerprintRecordsTheValuesInUse()
    {
        var constants = FeatureFingerprint.Constants().ToDictionary(c => c.Name, c => c.Value);
        Assert.Equal(RuleBasedClassifier.ThreatThreshold.ToString("R", System.Globalization.CultureInfo.InvariantCulture), constants["RuleBasedClassifier.ThreatThreshold"]);
        Assert.Equal(FeatureLayout.Version.ToString(System.Globalization.CultureInfo.InvariantCulture), constants["FeatureLayout.Version"]);
    }
}
