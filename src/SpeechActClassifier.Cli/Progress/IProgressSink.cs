namespace SpeechActClassifier.Cli.Progress;

/// <summary>Hears how far a run has come: records done and input bytes consumed.</summary>
internal interface IProgressSink
{
    /// <summary>One more record is done; it took <paramref name="bytes"/> bytes of input.</summary>
    void Advance(long bytes);
}
