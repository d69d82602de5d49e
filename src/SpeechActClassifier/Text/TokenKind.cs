namespace SpeechActClassifier.Text;

/// <summary>What a <see cref="Token"/> is made of.</summary>
internal enum TokenKind : byte
{
    /// <summary>Letters, possibly with inner hyphens or apostrophes ("NATO-Russia", "NATO’s") or initials ("U.S.").</summary>
    Word,

    /// <summary>Digits, possibly with inner separators or a suffix ("1949", "1,000.5", "1990s", "22nd").</summary>
    Number,

    /// <summary>One punctuation character: full stop, comma, quote, bracket, dash.</summary>
    Punctuation,

    /// <summary>One symbol: currency, maths, or one emoji with its modifiers ("❤️", "👍🏽", "🇺🇦").</summary>
    Symbol,
}
