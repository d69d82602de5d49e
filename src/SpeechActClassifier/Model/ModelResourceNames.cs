namespace SpeechActClassifier.Model;

/// <summary>
/// Names of the model files: the model file the library embeds (set by <c>LogicalName</c> in SpeechActClassifier.csproj,
/// <c>SpeechActClassifier.Models.%(Filename)%(Extension)</c> over <c>models/*.bin</c>) and the ML.NET bundle that
/// training keeps beside it, with its entries.
/// </summary>
internal static class ModelResourceNames
{
    /// <summary>File name of the model file that <c>speechact train</c> writes and the library embeds (<see cref="ModelFile"/>).</summary>
    public const string ModelFileName = "speechact-model.bin";

    /// <summary>File name of the ML.NET bundle that <c>speechact train</c> writes beside the model file, its training artefact.</summary>
    public const string BundleFileName = "speechact-model.zip";

    /// <summary>Manifest resource name of the embedded model file.</summary>
    public const string EmbeddedModel = "SpeechActClassifier.Models." + ModelFileName;

    /// <summary>Bundle entry holding the <see cref="ModelManifest"/> as JSON.</summary>
    public const string ManifestEntry = "manifest.json";

    /// <summary>Bundle entry of the ML.NET model that separates <paramref name="label"/> from the rest.</summary>
    /// <param name="label">The positive class.</param>
    /// <returns>E.g. <c>ThreatFraming.zip</c>.</returns>
    public static string ModelEntry(SpeechActLabel label) => label + ".zip";
}
