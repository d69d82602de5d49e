namespace SpeechActClassifier.Text;

/// <summary>One sentence of a text: a range of characters of the original input, never a copy.</summary>
internal readonly record struct Sentence
{
    /// <summary>Creates a sentence range.</summary>
    /// <param name="start">Index of the first character in the split text.</param>
    /// <param name="length">Number of UTF-16 characters.</param>
    public Sentence(int start, int length)
    {
        Start = start;
        Length = length;
    }

    /// <summary>Index of the first character in the split text.</summary>
    public int Start { get; }

    /// <summary>Number of UTF-16 characters.</summary>
    public int Length { get; }

    /// <summary>Index just past the last character.</summary>
    public int End => Start + Length;

    /// <summary>The sentence's characters in <paramref name="text"/>, which must be the text it came from.</summary>
    /// <param name="text">The text that was split.</param>
    /// <returns>A slice of <paramref name="text"/>.</returns>
    public ReadOnlySpan<char> Slice(ReadOnlySpan<char> text) => text.Slice(Start, Length);
}
