namespace SpeechActClassifier.Text;

/// <summary>A <c>foreach</c> enumerator over the tokens of a span; it allocates nothing.</summary>
internal ref struct TokenEnumerator
{
    private readonly ReadOnlySpan<char> _text;
    private int _position;

    internal TokenEnumerator(ReadOnlySpan<char> text)
    {
        _text = text;
        _position = 0;
        Current = default;
    }

    /// <summary>The token the enumerator is on.</summary>
    public Token Current { get; private set; }

    /// <summary>Returns this enumerator, so it can be used in <c>foreach</c>.</summary>
    /// <returns>This enumerator.</returns>
    public readonly TokenEnumerator GetEnumerator() => this;

    /// <summary>Moves to the next token.</summary>
    /// <returns><see langword="false"/> at the end of the text.</returns>
    public bool MoveNext()
    {
        var text = _text;
        var i = _position;
        while (i < text.Length && !Tokenizer.CanStartToken(text, i))
        {
            i++;
        }

        if (i >= text.Length)
        {
            _position = text.Length;
            return false;
        }

        Current = Tokenizer.ReadToken(text, i);
        _position = Current.End;
        return true;
    }
}
