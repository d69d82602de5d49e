namespace SpeechActClassifier.Training;

/// <summary>A labelled TSV file cannot be read: it is empty, lacks a column, or a row is malformed. The message names the file and line.</summary>
public sealed class LabelledDataException : FormatException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="fileName">The file (or stream name) that was read.</param>
    /// <param name="lineNumber">The 1-based line of the problem, or 0 for the whole file.</param>
    /// <param name="problem">What is wrong and how to fix it.</param>
    public LabelledDataException(string fileName, int lineNumber, string problem)
        : base(lineNumber > 0 ? $"{fileName}:{lineNumber}: {problem}" : $"{fileName}: {problem}")
    {
        FileName = fileName;
        LineNumber = lineNumber;
    }

    /// <summary>The file (or stream name) that was read.</summary>
    public string FileName { get; }

    /// <summary>The 1-based line of the problem, or 0 when it concerns the whole file.</summary>
    public int LineNumber { get; }
}
