using BenchmarkDotNet.Attributes;
using SpeechActClassifier.Text;

namespace SpeechActClassifier.Benchmarks;

/// <summary>
/// Whole news-like articles of 10 KB and 1 MB: scoring must be linear in length, so the time per character of the
/// large article should be within 20% of the small one's (divide Mean by Characters).
/// </summary>
/// <remarks>
/// Each size cycles through about a megabyte of distinct articles (a hundred of 10 KB, one of 1 MB): one 10 KB
/// article scored again and again would let the branch predictor learn its thirty sentences by heart, and the small
/// size would look faster per character than any real archive is.
/// </remarks>
[MemoryDiagnoser]
[BenchmarkCategory("Article")]
public class ArticleBenchmarks
{
    /// <summary>Characters of distinct text each size cycles through.</summary>
    private const int DistinctCharacters = 1_000_000;

    private string[] _articles = [];
    private int _next;
    private SentenceClassification[] _results = [];

    /// <summary>The article length in characters.</summary>
    [Params(10_000, 1_000_000)]
    public int Characters { get; set; }

    /// <summary>Builds the articles and warms the model, outside the measurement.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _articles = Enumerable.Range(0, Math.Max(1, DistinctCharacters / Characters))
            .Select(variant => BenchmarkCorpus.Article(Characters, variant))
            .ToArray();
        _results = new SentenceClassification[_articles.Max(a => SentenceSplitter.Split(a).Count)];
        SecuritizationClassifier.Default.Classify("Warm-up.");
    }

    /// <summary>The full API: sentences with offsets, labels, probabilities, cues, and the summary.</summary>
    [Benchmark]
    public double ScoreArticle() => SecuritizationClassifier.Default.ScoreDocument(NextArticle()).Summary.SecuritizationIndex;

    /// <summary>Labels only: split and classify every sentence into a preallocated buffer, with no allocation.</summary>
    [Benchmark]
    public int ClassifyArticleSentences()
    {
        var article = NextArticle();
        var classifier = SecuritizationClassifier.Default;
        var count = 0;
        foreach (var sentence in SentenceSplitter.Enumerate(article))
        {
            _results[count++] = classifier.Classify(sentence.Slice(article));
        }

        return count;
    }

    private string NextArticle()
    {
        var article = _articles[_next];
        _next = (_next + 1) % _articles.Length;
        return article;
    }
}
