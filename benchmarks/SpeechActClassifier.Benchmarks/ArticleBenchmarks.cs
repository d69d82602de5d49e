using BenchmarkDotNet.Attributes;
using SpeechActClassifier.Text;

namespace SpeechActClassifier.Benchmarks;

/// <summary>
/// Whole news-like articles of 10 KB and 1 MB: scoring must be linear in length, so the time per character of the
/// large article should be within 20% of the small one's (compare Mean / Characters in the results).
/// </summary>
[MemoryDiagnoser]
[BenchmarkCategory("Article")]
public class ArticleBenchmarks
{
    private string _article = string.Empty;
    private SentenceClassification[] _results = [];

    /// <summary>The article length in characters.</summary>
    [Params(10_000, 1_000_000)]
    public int Characters { get; set; }

    /// <summary>Builds the article and warms the model, outside the measurement.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _article = BenchmarkCorpus.Article(Characters);
        _results = new SentenceClassification[SentenceSplitter.Split(_article).Count];
        SecuritizationClassifier.Default.Classify("Warm-up.");
    }

    /// <summary>The full API: sentences with offsets, labels, probabilities, cues, and the summary.</summary>
    [Benchmark]
    public double ScoreArticle() => SecuritizationClassifier.Default.ScoreDocument(_article).Summary.SecuritizationIndex;

    /// <summary>Labels only: split and classify every sentence into a preallocated buffer, with no allocation.</summary>
    [Benchmark]
    public int ClassifyArticleSentences()
    {
        var classifier = SecuritizationClassifier.Default;
        var count = 0;
        foreach (var sentence in SentenceSplitter.Enumerate(_article))
        {
            _results[count++] = classifier.Classify(sentence.Slice(_article));
        }

        return count;
    }
}
