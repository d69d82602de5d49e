using System.Text.Json.Serialization;

namespace SpeechActClassifier.Model;

/// <summary>
/// The manifest's JSON contract, generated at compile time, so reading a model needs no reflection and works trimmed
/// and under NativeAOT.
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(ModelManifest))]
internal sealed partial class ModelJsonContext : JsonSerializerContext;
