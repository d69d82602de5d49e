namespace SpeechActClassifier.Text;

/// <summary>A <c>foreach</c> enumerator over the sentences of a span; it allocates nothing.</summary>
internal ref struct SentenceEnumerator
{
    private readonly ReadOnlySpan<char> _text;
    private int _position;

    internal SentenceEnumerator(ReadOnlySpan<char> text)
    {
        _text = text;
        _position = 0;
        Current = default;
    }

    /// <summary>The sentence the enumerator is on: a range of the enumerated text.</summary>
    public Sentence Current { get; private set; }

    /// <summary>Returns this enumerator, so it can be used in <c>foreach</c>.</summary>
    /// <returns>This enumerator.</returns>
    public readonly SentenceEnumerator GetEnumerator() => this;

    /// <summary>Moves to the next sentence.</summary>
    /// <returns><see langword="false"/> at the end of the text.</returns>
    public bool MoveNext()
    {
        if (!SentenceSplitter.TryReadSentence(_text, ref _position, out var sentence))
        {
            return false;
        }

        Current = sentence;
        return true;
    }
}
