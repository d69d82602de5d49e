namespace SpeechActClassifier;

/// <summary>
/// A model cannot be loaded: the file is missing, it is not a SpeechActClassifier model bundle, it is damaged, or
/// it was trained for a different feature layout. The message says what to do.
/// </summary>
public sealed class ModelFormatException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong and what to do.</param>
    public ModelFormatException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with its cause.</summary>
    /// <param name="message">What is wrong and what to do.</param>
    /// <param name="innerException">The error that revealed it.</param>
    public ModelFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
