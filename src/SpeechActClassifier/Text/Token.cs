using System.Runtime.InteropServices;

namespace SpeechActClassifier.Text;

/// <summary>
/// One token of a text: a range of characters of the original input and what kind of token it is.
/// A token never copies the text; read it with <see cref="Slice(ReadOnlySpan{char})"/> over the same input.
/// </summary>
[StructLayout(LayoutKind.Auto)]
internal readonly record struct Token
{
    /// <summary>Creates a token.</summary>
    /// <param name="start">Index of the first character in the tokenized text.</param>
    /// <param name="length">Number of UTF-16 characters.</param>
    /// <param name="kind">What the token is made of.</param>
    public Token(int start, int length, TokenKind kind)
    {
        Start = start;
        Length = length;
        Kind = kind;
    }

    /// <summary>Index of the first character in the tokenized text.</summary>
    public int Start { get; }

    /// <summary>Number of UTF-16 characters.</summary>
    public int Length { get; }

    /// <summary>Index just past the last character.</summary>
    public int End => Start + Length;

    /// <summary>What the token is made of.</summary>
    public TokenKind Kind { get; }

    /// <summary>The token's characters in <paramref name="text"/>, which must be the text it came from.</summary>
    public ReadOnlySpan<char> Slice(ReadOnlySpan<char> text) => text.Slice(Start, Length);
}
