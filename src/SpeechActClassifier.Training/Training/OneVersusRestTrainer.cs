using Microsoft.ML.Calibrators;
using Microsoft.ML.Trainers.FastTree;
using Microsoft.ML;
using SpeechActClassifier.Features;
using SpeechActClassifier.MlNet;
using SpeechActClassifier.Model;

namespace SpeechActClassifier.Training;

/// <summary>
/// Trains one Platt-calibrated FastTree binary model per class against the rest. The models are trained one by one
/// on one thread with every sampling option off, so the same data and seed give the same trees.
/// </summary>
internal static class OneVersusRestTrainer
{
    /// <summary>Extracts the features of every sentence, with <paramref name="extractor"/> or else <see cref="FeatureExtractor.Default"/>.</summary>
    public static float[][] ExtractFeatures(IReadOnlyList<string> sentences, FeatureExtractor? extractor = null)
    {
        extractor ??= FeatureExtractor.Default;
        var features = new float[sentences.Count][];
        for (var i = 0; i < features.Length; i++)
        {
            features[i] = new float[FeatureLayout.Width];
            extractor.Extract(sentences[i], features[i]);
        }

        return features;
    }

    /// <summary>Trains the three models on <paramref name="features"/> and their <paramref name="labels"/>.</summary>
    public static OneVersusRestModel Train(IReadOnlyList<float[]> features, IReadOnlyList<SpeechActLabel> labels, TrainingOptions options)
    {
        ArgumentNullException.ThrowIfNull(features);
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(options);
        if (features.Count != labels.Count || features.Count == 0)
        {
            throw new ArgumentException($"Expected as many labels as feature vectors, and at least one: {features.Count} vectors, {labels.Count} labels.", nameof(labels));
        }

        if (!options.UseHashedNgrams)
        {
            features = features.Select(WithoutNgrams).ToList();
        }

        var context = new MLContext(options.Seed);
        var models = new ISingleFeaturePredictionTransformer<CalibratedModelParametersBase<FastTreeBinaryModelParameters, PlattCalibrator>>[ClassProbabilities.ClassCount];
        for (var k = 0; k < models.Length; k++)
        {
            var positive = (SpeechActLabel)k;
            var rows = features.Select((f, i) => new FeatureRow { Features = f, Label = labels[i] == positive }).ToList();
            var data = FeatureRow.ToDataView(context, rows);
            var trainer = context.BinaryClassification.Trainers.FastTree(CreateOptions(options.HyperParameters, options.Seed));
            models[k] = trainer.Fit(data);
        }

        return new OneVersusRestModel(context, models);
    }

    /// <summary>A copy of <paramref name="vector"/> with the hashed n-gram block zeroed: a constant feature no tree splits on.</summary>
    private static float[] WithoutNgrams(float[] vector)
    {
        var copy = (float[])vector.Clone();
        copy.AsSpan(FeatureLayout.HashedNgrams, FeatureLayout.HashSlots).Clear();
        return copy;
    }

    /// <summary>The FastTree options every model of this library is trained with; the benchmarks train their ML.NET text baseline with them too.</summary>
    internal static FastTreeBinaryTrainer.Options CreateOptions(FastTreeHyperParameters hyperParameters, int seed) => new()
    {
        LabelColumnName = FeatureRow.LabelColumn,
        FeatureColumnName = FeatureRow.FeaturesColumn,
        NumberOfTrees = hyperParameters.NumberOfTrees,
        NumberOfLeaves = hyperParameters.NumberOfLeaves,
        MinimumExampleCountPerLeaf = hyperParameters.MinimumExampleCountPerLeaf,
        LearningRate = hyperParameters.LearningRate,
        UnbalancedSets = hyperParameters.UnbalancedSets,

        // Determinism: one thread, no feature or example sampling, fixed seeds.
        NumberOfThreads = 1,
        FeatureFraction = 1.0,
        FeatureFractionPerSplit = 1.0,
        BaggingSize = 0,
        Seed = seed,
        FeatureSelectionSeed = seed,
    };
}
