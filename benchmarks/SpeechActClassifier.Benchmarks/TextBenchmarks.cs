using BenchmarkDotNet.Attributes;
using SpeechActClassifier.Text;

namespace SpeechActClassifier.Benchmarks;

/// <summary>
/// The text layer, and the floor no classifier can beat: tokenize, case-fold and hash every token.
/// Each invocation processes one sentence of the corpus, cycling through all of them.
/// </summary>
[MemoryDiagnoser]
[BenchmarkCategory("Text")]
public class TextBenchmarks
{
    private string[] _sentences = [];
    private int _next;

    /// <summary>Loads the varied sentences once, outside the measured code.</summary>
    [GlobalSetup]
    public void Setup() => _sentences = BenchmarkCorpus.Sentences();

    /// <summary>Tokenizes one sentence; returns the token count so the work cannot be elided.</summary>
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

    /// <summary>The floor: tokenize, case-fold and hash every word of one sentence, as the features need at least.</summary>
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

    private ReadOnlySpan<char> NextSentence()
    {
        var sentence = _sentences[_next];
        _next = (_next + 1) & (BenchmarkCorpus.SentenceCount - 1);
        return sentence;
    }
}
