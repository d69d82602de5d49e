using BenchmarkDotNet.Attributes;
using SpeechActClassifier.Features;
using SpeechActClassifier.Model;

namespace SpeechActClassifier.Benchmarks;

/// <summary>
/// The model alone, on feature vectors computed beforehand: the compiled tree walk against ML.NET's three
/// PredictionEngines over the same trees. Both sides get the same varied vectors, one per invocation: ML.NET the
/// full-width vector its schema requires (4,161 floats, the n-gram block zero), the compiled trees the dense cue
/// block of the same vector (65 floats), which is all they read and all that <c>Classify</c> builds.
/// </summary>
[MemoryDiagnoser]
[BenchmarkCategory("Trees")]
public class TreeEvaluationBenchmarks
{
    private float[][] _vectors = [];
    private float[][] _denseVectors = [];
    private float[] _probabilities = [];
    private int _next;
    private SecuritizationClassifier _classifier = null!;

    /// <summary>Extracts the features of every corpus sentence once, outside the measurement.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _classifier = SecuritizationClassifier.Default;
        _vectors = BenchmarkCorpus.Sentences().Select(sentence =>
        {
            var vector = new float[FeatureLayout.Width];
            FeatureExtractor.Default.Extract(sentence, vector);

            // As in training: the embedded model was trained with the n-gram block zeroed.
            vector.AsSpan(FeatureLayout.HashedNgrams).Clear();
            return vector;
        }).ToArray();
        _denseVectors = _vectors.Select(vector => vector[..FeatureLayout.HashedNgrams]).ToArray();
        _probabilities = new float[ClassProbabilities.ClassCount];
        _classifier.Model.Score(_vectors[0], _probabilities);
    }

    /// <summary>ML.NET: three PredictionEngines, one per one-versus-rest model.</summary>
    [Benchmark(Baseline = true)]
    public float MlNetEngines()
    {
        _classifier.Model.Score(NextVector(), _probabilities);
        return _probabilities[0];
    }

    /// <summary>Ours: the same trees compiled into rank tables, on the dense block of the same vector.</summary>
    [Benchmark]
    public float CompiledTrees()
    {
        _classifier.Forest.Score(_denseVectors[NextIndex()], _probabilities);
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
