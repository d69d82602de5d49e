using BenchmarkDotNet.Attributes;
using SpeechActClassifier.Features;
using SpeechActClassifier.Rules;
using SpeechActClassifier.Text;

namespace SpeechActClassifier.Benchmarks;

/// <summary>
/// One sentence through each stage of the classifier, and through the ML.NET ways of doing the same, in one run so
/// the ratios compare like with like. Every invocation takes the next of <see cref="BenchmarkCorpus.SentenceCount"/>
/// varied sentences. The baseline is the floor: tokenize, case-fold and hash every token, which any classifier
/// over words must at least do.
/// </summary>
[MemoryDiagnoser]
[BenchmarkCategory("HotPath")]
public class HotPathBenchmarks
{
    /// <summary>Trained once per process: an in-process run (the dry-run test) sets up every benchmark in one process.</summary>
    private static readonly Lazy<StandardTextPipeline> StandardPipeline = new(() =>
    {
        var manifest = SecuritizationClassifier.Default.Manifest;
        var hyperParameters = manifest.HyperParameters ?? throw new InvalidOperationException("The embedded model records no hyper-parameters to train the baseline with.");
        return StandardTextPipeline.Train(BenchmarkCorpus.LabelledSeeds(), hyperParameters, manifest.Seed);
    });

    private string[] _sentences = [];
    private int _next;
    private SecuritizationClassifier _classifier = null!;
    private SpeechActClassifier.Training.TrainedModel _mlNetModel = null!;
    private StandardTextPipeline _standardPipeline = null!;
    private float[] _features = [];
    private Cue[] _cues = [];
    private int[] _cueTokens = [];

    /// <summary>Loads the sentences and the embedded model, and trains the standard ML.NET pipeline, outside the measurement.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _sentences = BenchmarkCorpus.Sentences();
        _classifier = SecuritizationClassifier.Default;
        _mlNetModel = BenchmarkCorpus.EmbeddedMlNetModel();
        _features = new float[Math.Max(_classifier.Forest.RequiredWidth, FeatureLayout.HashedNgrams)];
        _cues = new Cue[CueMatcher.MaxCues];
        _cueTokens = new int[CueMatcher.MaxCues];
        _standardPipeline = StandardPipeline.Value;

        // The first prediction of each engine builds its buffers; keep that out of the first measured iteration.
        _mlNetModel.ClassifyWithMlNet(_sentences[0]);
        _standardPipeline.Predict(_sentences[0]);
    }

    /// <summary>The floor: tokenize, case-fold and hash every token of one sentence.</summary>
    [Benchmark(Baseline = true)]
    public ulong TokenizeFoldHashFloor()
    {
        var sentence = NextSentence();
        var sum = 0UL;
        foreach (var token in Tokenizer.Enumerate(sentence))
        {
            sum += CaseFolding.Hash(token.Slice(sentence));
        }

        return sum;
    }

    /// <summary>Tokenizes one sentence.</summary>
    [Benchmark]
    public int Tokenize()
    {
        var count = 0;
        foreach (var _ in Tokenizer.Enumerate(NextSentence()))
        {
            count++;
        }

        return count;
    }

    /// <summary>Matches the lexicon cues of one sentence.</summary>
    [Benchmark]
    public int MatchCues() => CueMatcher.Default.Match(NextSentence(), _cues);

    /// <summary>
    /// Cues, then the compact feature vector the embedded model reads (the dense block and the n-gram slots its trees
    /// test), from the one tokenization the matcher does, as <see cref="Classify"/> computes it.
    /// </summary>
    [Benchmark]
    public float Featurize()
    {
        var sentence = NextSentence();
        _features.AsSpan().Clear();
        var cueCount = CueMatcher.Default.Match(sentence, _cues, _cueTokens, out var words, NgramTarget.Compact(_classifier.Forest.NgramFeatures, _features));
        FeatureExtractor.WriteMatchedFeatures(_cues.AsSpan(0, cueCount), _cueTokens.AsSpan(0, cueCount), words, _features);
        return _features[FeatureLayout.TokenCount];
    }

    /// <summary>Ours: cues, features and the compiled tree walk.</summary>
    [Benchmark]
    public SpeechActLabel Classify() => _classifier.Classify(NextSentence()).Label;

    /// <summary>ML.NET's PredictionEngine over the same model and the same features (three engines, one per class).</summary>
    [Benchmark]
    public SpeechActLabel MlNetEngineOnOurFeatures() => _mlNetModel.ClassifyWithMlNet(NextSentence()).Label;

    /// <summary>ML.NET's standard text pipeline, FeaturizeText and one-versus-all FastTree, through a PredictionEngine.</summary>
    [Benchmark]
    public uint MlNetStandardTextPipeline() => _standardPipeline.Predict(_sentences[NextIndex()]);

    private ReadOnlySpan<char> NextSentence() => _sentences[NextIndex()];

    private int NextIndex()
    {
        var index = _next;
        _next = (_next + 1) & (BenchmarkCorpus.SentenceCount - 1);
        return index;
    }
}
