namespace SpeechActClassifier.Text;

/// <summary>How a known abbreviation's full stop behaves at a possible sentence boundary.</summary>
internal enum AbbreviationKind : byte
{
    /// <summary>Not an abbreviation: the full stop ends a sentence.</summary>
    None,

    /// <summary>Comes before a name ("Dr.", "Gen."): never ends a sentence on the same line.</summary>
    Title,

    /// <summary>Followed by more of the same sentence ("e.g.", "cf.", "vs.").</summary>
    Inner,

    /// <summary>Usually followed by a number ("No. 5", "Sept. 11"); before anything else it is ambiguous.</summary>
    Number,

    /// <summary>May end a sentence ("Inc.", "U.S.", an initial): it does before a sentence starter or a line break.</summary>
    Ambiguous,
}
