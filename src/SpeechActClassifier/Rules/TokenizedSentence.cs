using SpeechActClassifier.Text;

namespace SpeechActClassifier.Rules;

/// <summary>
/// A sentence as the cue matcher reads it after one pass: its text, its tokens and their folded hashes. Answers
/// whether a token ends a clause on demand, since only the tokens near a negator or between two cues are ever asked.
/// </summary>
internal readonly ref struct TokenizedSentence
{
    /// <summary>"but" ends a negation scope like a comma does ("not a threat but a partner").</summary>
    private static readonly ulong ButHash = CaseFolding.Hash("but");

    public TokenizedSentence(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, ReadOnlySpan<ulong> wordHashes)
    {
        Text = text;
        Tokens = tokens;
        WordHashes = wordHashes;
    }

    /// <summary>The sentence.</summary>
    public ReadOnlySpan<char> Text { get; }

    /// <summary>Its tokens.</summary>
    public ReadOnlySpan<Token> Tokens { get; }

    /// <summary>Each token's <see cref="CaseFolding.Hash"/>.</summary>
    public ReadOnlySpan<ulong> WordHashes { get; }

    /// <summary>
    /// True when token <paramref name="index"/> ends a clause: clause punctuation (comma, semicolon, colon, brackets,
    /// dashes, end marks) or the word "but".
    /// </summary>
    /// <param name="index">A token index.</param>
    /// <returns>Whether a negation scope or a clause-scoped rule stops at this token.</returns>
    public bool IsClauseBreak(int index)
    {
        var token = Tokens[index];
        return token.Kind == TokenKind.Punctuation
            ? Text[token.Start] is ',' or ';' or ':' or '(' or ')' or '[' or ']' or '-' or '\u2013' or '\u2014' or '.' or '!' or '?'
            : WordHashes[index] == ButHash;
    }
}
