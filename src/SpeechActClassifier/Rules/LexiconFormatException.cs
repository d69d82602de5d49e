namespace SpeechActClassifier.Rules;

/// <summary>
/// A lexicon or rules file has a line that cannot be read. The message names the source, the 1-based line
/// number and what is wrong, so the line can be fixed without a debugger.
/// </summary>
public sealed class LexiconFormatException : FormatException
{
    /// <summary>Creates the exception with no details (for serializers and tests).</summary>
    public LexiconFormatException()
        : this("(unknown)", 0, "The lexicon is malformed.")
    {
    }

    /// <summary>Creates the exception with a plain message.</summary>
    /// <param name="message">What is wrong.</param>
    public LexiconFormatException(string message)
        : this("(unknown)", 0, message)
    {
    }

    /// <summary>Creates the exception with a plain message and its cause.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The error that caused this one.</param>
    public LexiconFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
        SourceName = "(unknown)";
    }

    /// <summary>Creates the exception for one line of one source.</summary>
    /// <param name="sourceName">The file path or resource name that was read.</param>
    /// <param name="lineNumber">The 1-based line number, or 0 when the error is about the whole source.</param>
    /// <param name="problem">What is wrong with the line.</param>
    public LexiconFormatException(string sourceName, int lineNumber, string problem)
        : base(lineNumber > 0 ? $"{sourceName}({lineNumber}): {problem}" : $"{sourceName}: {problem}")
    {
        SourceName = sourceName;
        LineNumber = lineNumber;
        Problem = problem;
    }

    /// <summary>The file path or resource name that was read (the name given to the loader).</summary>
    public string SourceName { get; }

    /// <summary>The 1-based line number of the malformed line, or 0 when the error is about the whole source.</summary>
    public int LineNumber { get; }

    /// <summary>What is wrong, without the source and line prefix.</summary>
    public string Problem { get; } = string.Empty;
}
