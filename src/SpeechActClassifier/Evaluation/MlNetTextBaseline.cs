using Microsoft.ML;
using Microsoft.ML.Data;
using SpeechActClassifier.Training;

namespace SpeechActClassifier.Evaluation;

/// <summary>
/// The standard ML.NET text-classification pipeline as a baseline: <c>FeaturizeText</c> (word 1-2-grams and
/// character 3-grams, its defaults) into <c>SdcaMaximumEntropy</c>, as in ML.NET's sentiment samples.
/// </summary>
internal sealed class MlNetTextBaseline : ITrainableClassifier
{
    private readonly int _seed;

    public MlNetTextBaseline(int seed)
    {
        _seed = seed;
    }

    /// <inheritdoc />
    public string Name => "mlnetFeaturizeTextSdca";

    /// <inheritdoc />
    public Func<string, SpeechActLabel> Fit(IReadOnlyList<LabelledSentence> training)
    {
        var context = new MLContext(_seed);
        var data = context.Data.LoadFromEnumerable(training.Select(s => new TextRow { Text = s.Text, Label = s.Label.ToString() }));
        var pipeline = context.Transforms.Conversion.MapValueToKey("LabelKey", nameof(TextRow.Label))
            .Append(context.Transforms.Text.FeaturizeText("Features", nameof(TextRow.Text)))
            .Append(context.MulticlassClassification.Trainers.SdcaMaximumEntropy(
                new Microsoft.ML.Trainers.SdcaMaximumEntropyMulticlassTrainer.Options { LabelColumnName = "LabelKey", NumberOfThreads = 1 }))
            .Append(context.Transforms.Conversion.MapKeyToValue(nameof(TextPrediction.PredictedLabel), "PredictedLabel"));
        var model = pipeline.Fit(data);
        var engine = context.Model.CreatePredictionEngine<TextRow, TextPrediction>(model);
        return s => Enum.Parse<SpeechActLabel>(engine.Predict(new TextRow { Text = s, Label = string.Empty }).PredictedLabel);
    }

    private sealed class TextRow
    {
        public string Text { get; set; } = string.Empty;

        public string Label { get; set; } = string.Empty;
    }

    private sealed class TextPrediction
    {
        [ColumnName("PredictedLabel")]
        public string PredictedLabel { get; set; } = string.Empty;
    }
}
