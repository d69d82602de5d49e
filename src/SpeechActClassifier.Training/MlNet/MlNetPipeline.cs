using Microsoft.ML;
using Microsoft.ML.Data;
using SpeechActClassifier.Features;
using SpeechActClassifier.Model;

namespace SpeechActClassifier.MlNet;

/// <summary>
/// Chains the featurizer and the three one-versus-rest models into one ML.NET transformer from a <c>Text</c> column
/// to the feature vector and one probability column per class (<see cref="ProbabilityColumn"/>).
/// </summary>
internal static class MlNetPipeline
{
    /// <summary>The name of the text column the transformer reads.</summary>
    public const string TextColumn = "Text";

    /// <summary>The column holding <paramref name="label"/>'s calibrated one-versus-rest probability, e.g. <c>ThreatFramingProbability</c>.</summary>
    public static string ProbabilityColumn(SpeechActLabel label) => label + "Probability";

    /// <summary>Builds the chain over <paramref name="models"/>, in their context, featurizing with <paramref name="extractor"/>.</summary>
    public static ITransformer Create(OneVersusRestModel models, FeatureExtractor extractor)
    {
        var context = models.Context;
        var outputSchema = SchemaDefinition.Create(typeof(FeaturesOutput));
        outputSchema[FeatureRow.FeaturesColumn].ColumnType = new VectorDataViewType(NumberDataViewType.Single, FeatureLayout.Width);
        var data = context.Data.LoadFromEnumerable(Array.Empty<TextInput>());
        var featurizer = context.Transforms.CustomMapping<TextInput, FeaturesOutput>((input, output) => Featurize(extractor, input, output), contractName: null, outputSchemaDefinition: outputSchema).Fit(data);
        var transformers = new List<ITransformer> { featurizer };
        data = featurizer.Transform(data);
        for (var k = 0; k < ClassProbabilities.ClassCount; k++)
        {
            var model = models.Models[k];
            data = model.Transform(data);
            var copy = context.Transforms.CopyColumns(ProbabilityColumn((SpeechActLabel)k), nameof(BinaryPrediction.Probability)).Fit(data);
            data = copy.Transform(data);
            transformers.Add(model);
            transformers.Add(copy);
        }

        return new TransformerChain<ITransformer>([.. transformers]);
    }

    private static void Featurize(FeatureExtractor extractor, TextInput input, FeaturesOutput output)
    {
        output.Features = new float[FeatureLayout.Width];
        extractor.Extract(input.Text ?? string.Empty, output.Features);
    }

    /// <summary>The input row: one sentence.</summary>
    private sealed class TextInput
    {
        public string Text { get; set; } = string.Empty;
    }

    /// <summary>The featurizer's output column.</summary>
    private sealed class FeaturesOutput
    {
        public float[] Features { get; set; } = [];
    }
}
