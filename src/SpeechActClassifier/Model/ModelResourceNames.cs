namespace SpeechActClassifier.Model;

/// <summary>
/// Names of the model files: the embedded resource (set by <c>LogicalName</c> in SpeechActClassifier.csproj,
/// <c>SpeechActClassifier.Models.%(Filename)%(Extension)</c> over <c>models/*.zip</c>) and the entries of a bundle.
/// </summary>
internal static class ModelResourceNames
{
    /// <summary>File name of the model bundle that <c>speechact train</c> writes and the library embeds.</summary>
    public const string BundleFileName = "speechact-model.zip";

    /// <summary>Manifest resource name of the embedded bundle.</summary>
    public const string EmbeddedBundle = "SpeechActClassifier.Models." + BundleFileName;

    /// <summary>Bundle entry holding the <see cref="ModelManifest"/> as JSON.</summary>
    public const string ManifestEntry = "manifest.json";

    /// <summary>Bundle entry of the ML.NET model that separates <paramref name="label"/> from the rest.</summary>
    /// <param name="label">The positive class.</param>
    /// <returns>E.g. <c>ThreatFraming.zip</c>.</returns>
    public static string ModelEntry(SpeechActLabel label) => label + ".zip";
}
