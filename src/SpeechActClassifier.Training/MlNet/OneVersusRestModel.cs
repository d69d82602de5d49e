using System.Collections.Concurrent;
using Microsoft.ML;
using Microsoft.ML.Calibrators;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.FastTree;
using SpeechActClassifier.Features;
using SpeechActClassifier.Model;

namespace SpeechActClassifier.MlNet;

/// <summary>
/// Three Platt-calibrated FastTree binary models, one per <see cref="SpeechActLabel"/> against the rest, kept typed
/// so their trees (<c>FastTreeBinaryModelParameters.TrainedTreeEnsemble</c>) and calibrators
/// (<see cref="PlattCalibrator.Slope"/>, <see cref="PlattCalibrator.Offset"/>) stay reachable for a compiled tree walk.
/// </summary>
/// <remarks>
/// ML.NET's <see cref="PredictionEngine{TSrc, TDst}"/> is not thread-safe, so each call rents a set of three engines
/// from a pool and returns it; a thread never shares an engine with another.
/// </remarks>
internal sealed class OneVersusRestModel : IClassScorer
{
    private readonly MLContext _context;
    private readonly ConcurrentBag<EngineSet> _pool = [];
    private readonly SchemaDefinition _inputSchema = FeatureRow.CreateSchema();
    private readonly object _engineCreation = new();

    /// <summary>Wraps trained or loaded models, one per class, indexed by <see cref="SpeechActLabel"/> value.</summary>
    public OneVersusRestModel(MLContext context, IReadOnlyList<ISingleFeaturePredictionTransformer<CalibratedModelParametersBase<FastTreeBinaryModelParameters, PlattCalibrator>>> models)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(models);
        if (models.Count != ClassProbabilities.ClassCount)
        {
            throw new ArgumentException($"Expected {ClassProbabilities.ClassCount} one-versus-rest models, got {models.Count}.", nameof(models));
        }

        _context = context;
        Models = models;
    }

    /// <summary>The calibrated binary models, indexed by <see cref="SpeechActLabel"/> value.</summary>
    public IReadOnlyList<ISingleFeaturePredictionTransformer<CalibratedModelParametersBase<FastTreeBinaryModelParameters, PlattCalibrator>>> Models { get; }

    /// <summary>The context the models were trained or loaded in, for saving them.</summary>
    public MLContext Context => _context;

    /// <inheritdoc />
    public void Score(ReadOnlySpan<float> features, Span<float> probabilities)
    {
        if (!_pool.TryTake(out var engines))
        {
            engines = CreateEngineSet();
        }

        try
        {
            features[..FeatureLayout.Width].CopyTo(engines.Input.Features);
            for (var k = 0; k < ClassProbabilities.ClassCount; k++)
            {
                var output = engines.Output;
                engines.Engines[k].Predict(engines.Input, ref output);
                probabilities[k] = output.Probability;
            }
        }
        finally
        {
            _pool.Add(engines);
        }
    }

    private EngineSet CreateEngineSet()
    {
        // MLContext is not documented as safe for concurrent engine creation; creation is rare (once per thread at most).
        lock (_engineCreation)
        {
            var engines = new PredictionEngine<FeatureRow, BinaryPrediction>[ClassProbabilities.ClassCount];
            for (var k = 0; k < engines.Length; k++)
            {
                engines[k] = _context.Model.CreatePredictionEngine<FeatureRow, BinaryPrediction>(Models[k], inputSchemaDefinition: _inputSchema);
            }

            return new EngineSet(engines, new FeatureRow { Features = new float[FeatureLayout.Width] }, new BinaryPrediction());
        }
    }

    private sealed record EngineSet(PredictionEngine<FeatureRow, BinaryPrediction>[] Engines, FeatureRow Input, BinaryPrediction Output);
}
