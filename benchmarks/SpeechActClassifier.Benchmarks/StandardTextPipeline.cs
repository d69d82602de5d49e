using Microsoft.ML;
using Microsoft.ML.Data;
using SpeechActClassifier.Model;
using SpeechActClassifier.Training;

namespace SpeechActClassifier.Benchmarks;

/// <summary>
/// What a .NET developer would build first: ML.NET's standard text pipeline (<c>FeaturizeText</c>: word 1-2-grams
/// and character 3-grams, normalized) into the same trainer as ours (one-versus-all over FastTree binary with the
/// embedded model's hyper-parameters), trained on the seed sentences and run through a <c>PredictionEngine</c>.
/// </summary>
internal sealed class StandardTextPipeline
{
    // ML.NET's conventional column names, which its trainers and PredictionEngine look for by default.
    private const string LabelColumn = "Label";
    private const string FeaturesColumn = "Features";
    private const string PredictedLabelColumn = "PredictedLabel";

    private readonly PredictionEngine<TextRow, TextPrediction> _engine;
    private readonly TextRow _input = new();
    private TextPrediction _output = new();

    private StandardTextPipeline(PredictionEngine<TextRow, TextPrediction> engine)
    {
        _engine = engine;
    }

    /// <summary>Trains the pipeline on the seed sentences with <paramref name="hyperParameters"/> and a fixed seed.</summary>
    public static StandardTextPipeline Train(IEnumerable<(string Text, string Label)> sentences, FastTreeHyperParameters hyperParameters, int seed)
    {
        var context = new MLContext(seed);
        var data = context.Data.LoadFromEnumerable(sentences.Select(s => new TextRow { Text = s.Text, Label = s.Label }));
        var options = OneVersusRestTrainer.CreateOptions(hyperParameters, seed);
        options.LabelColumnName = LabelColumn;
        options.FeatureColumnName = FeaturesColumn;
        var pipeline = context.Transforms.Conversion.MapValueToKey(LabelColumn, nameof(TextRow.Label))
            .Append(context.Transforms.Text.FeaturizeText(FeaturesColumn, nameof(TextRow.Text)))
            .Append(context.MulticlassClassification.Trainers.OneVersusAll(context.BinaryClassification.Trainers.FastTree(options)));
        var model = pipeline.Fit(data);
        return new StandardTextPipeline(context.Model.CreatePredictionEngine<TextRow, TextPrediction>(model));
    }

    /// <summary>Classifies one sentence, reusing the input and output rows as a careful user would.</summary>
    /// <returns>The predicted class key.</returns>
    public uint Predict(string sentence)
    {
        _input.Text = sentence;
        _engine.Predict(_input, ref _output);
        return _output.PredictedLabel;
    }

    private sealed class TextRow
    {
        public string Text { get; set; } = string.Empty;

        public string Label { get; set; } = string.Empty;
    }

    private sealed class TextPrediction
    {
        [ColumnName(PredictedLabelColumn)]
        public uint PredictedLabel { get; set; }
    }
}
