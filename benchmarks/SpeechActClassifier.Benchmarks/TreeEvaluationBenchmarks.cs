using BenchmarkDotNet.Attributes;
using SpeechActClassifier.Features;
using SpeechActClassifier.Model;

namespace SpeechActClassifier.Benchmarks;

/// <summary>
/// The model alone, on feature vectors computed beforehand: the compiled tree walk against ML.NET's three
/// PredictionEngines over the same trees. Both sides get the same varied vectors, one per invocation: ML.NET the
/// full-width vector its schema requires (4,161 floats), the compiled trees the compact form of the same vector (the
/// dense cue block and the n-gram slots some tree reads), which is all they read and all that <c>Classify</c> builds.
/// </summary>
[MemoryDiagnoser]
[BenchmarkCategory("Trees")]
public class TreeEvaluationBenchmarks
{
    private float[][] _vectors = [];
    private float[][] _compactVectors = [];
    private float[] _probabilities = [];
    private int _next;
    private SecuritizationClassifier _classifier = null!;
    private SpeechActClassifier.Training.TrainedModel _mlNetModel = null!;

    /// <summary>Extracts the features of every corpus sentence once, outside the measurement.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _classifier = SecuritizationClassifier.Default;
        _mlNetModel = BenchmarkCorpus.EmbeddedMlNetModel();
        _vectors = BenchmarkCorpus.Sentences().Select(sentence =>
        {
            var vector = new float[FeatureLayout.Width];
            FeatureExtractor.Default.Extract(sentence, vector);
            if (!_classifier.Manifest.UsesHashedNgrams)
            {
                // As in training: a model trained without n-grams saw the block zeroed.
                vector.AsSpan(FeatureLayout.HashedNgrams).Clear();
            }

            return vector;
        }).ToArray();
        _compactVectors = _vectors.Select(vector =>
        {
            var compact = new float[_classifier.Forest.RequiredWidth];
            _classifier.Forest.Project(vector, compact);
            return compact;
        }).ToArray();
        _probabilities = new float[ClassProbabilities.ClassCount];
        _mlNetModel.Models.Score(_vectors[0], _probabilities);
    }

    /// <summary>ML.NET: three PredictionEngines, one per one-versus-rest model.</summary>
    [Benchmark(Baseline = true)]
    public float MlNetEngines()
    {
        _mlNetModel.Models.Score(NextVector(), _probabilities);
        return _probabilities[0];
    }

    /// <summary>Ours: the same trees compiled, on the compact form of the same vector.</summary>
    [Benchmark]
    public float CompiledTrees()
    {
        _classifier.Forest.Score(_compactVectors[NextIndex()], _probabilities);
        return _probabilities[0];
    }

    private float[] NextVector() => _vectors[NextIndex()];

    private int NextIndex()
    {
        var index = _next;
        _next = (_next + 1) & (BenchmarkCorpus.SentenceCount - 1);
        return index;
    }
}
