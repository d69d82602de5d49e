using Microsoft.ML.Data;
using Microsoft.ML;
using SpeechActClassifier.Model;

namespace SpeechActClassifier.Training;

/// <summary>
/// ML.NET's standard text-classification pipeline as a baseline: <c>FeaturizeText</c> (its defaults: normalized word
/// 1-2-grams and character 3-grams) into a multiclass trainer, as a .NET developer would build first. Two trainers:
/// <c>SdcaMaximumEntropy</c>, as in ML.NET's sentiment samples, and one-versus-all over FastTree binary with the same
/// tree settings as our model, so the comparison isolates our features from the learner.
/// </summary>
internal sealed class MlNetTextBaseline : ITrainableClassifier
{
    private const string LabelKey = "LabelKey";
    private const string Features = "Features";

    private readonly int _seed;
    private readonly FastTreeHyperParameters? _trees;

    private MlNetTextBaseline(int seed, FastTreeHyperParameters? trees)
    {
        _seed = seed;
        _trees = trees;
    }

    /// <inheritdoc />
    public string Name => _trees is null ? "mlnetFeaturizeTextSdca" : "mlnetFeaturizeTextFastTree";

    /// <inheritdoc />
    public string Description => _trees is null
        ? "ML.NET `FeaturizeText` (word 1-2-grams, character 3-grams) into `SdcaMaximumEntropy`"
        : $"ML.NET `FeaturizeText` into one-versus-all FastTree binary with our model's tree settings ({_trees})";

    /// <summary>FeaturizeText into SdcaMaximumEntropy.</summary>
    public static MlNetTextBaseline WithSdca(int seed) => new(seed, null);

    /// <summary>FeaturizeText into one-versus-all FastTree binary with <paramref name="trees"/>.</summary>
    public static MlNetTextBaseline WithFastTree(int seed, FastTreeHyperParameters trees) => new(seed, trees);

    /// <inheritdoc />
    public Func<string, SpeechActLabel> Fit(IReadOnlyList<LabelledSentence> training)
    {
        var context = new MLContext(_seed);
        var data = context.Data.LoadFromEnumerable(training.Select(s => new TextRow { Text = s.Text, Label = s.Label.ToString() }));
        var keyed = context.Transforms.Conversion.MapValueToKey(LabelKey, nameof(TextRow.Label))
            .Append(context.Transforms.Text.FeaturizeText(Features, nameof(TextRow.Text)));
        var model = _trees is null
            ? keyed.Append(context.MulticlassClassification.Trainers.SdcaMaximumEntropy(
                    new Microsoft.ML.Trainers.SdcaMaximumEntropyMulticlassTrainer.Options { LabelColumnName = LabelKey, FeatureColumnName = Features, NumberOfThreads = 1 }))
                .Append(context.Transforms.Conversion.MapKeyToValue(nameof(TextPrediction.PredictedLabel), "PredictedLabel"))
                .Fit(data)
            : keyed.Append(context.MulticlassClassification.Trainers.OneVersusAll(context.BinaryClassification.Trainers.FastTree(FastTreeOptions(_trees)), labelColumnName: LabelKey))
                .Append(context.Transforms.Conversion.MapKeyToValue(nameof(TextPrediction.PredictedLabel), "PredictedLabel"))
                .Fit(data);
        var engine = context.Model.CreatePredictionEngine<TextRow, TextPrediction>(model);
        return s => Enum.Parse<SpeechActLabel>(engine.Predict(new TextRow { Text = s, Label = string.Empty }).PredictedLabel);
    }

    private Microsoft.ML.Trainers.FastTree.FastTreeBinaryTrainer.Options FastTreeOptions(FastTreeHyperParameters trees)
    {
        var options = OneVersusRestTrainer.CreateOptions(trees, _seed);

        // OneVersusAll hands each binary trainer a boolean column of its own under the multiclass label's name.
        options.LabelColumnName = LabelKey;
        options.FeatureColumnName = Features;
        return options;
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
