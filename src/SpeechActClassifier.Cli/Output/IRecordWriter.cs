using SpeechActClassifier.Cli.Scoring;

namespace SpeechActClassifier.Cli.Output;

/// <summary>Formats scored records, one output record per input record.</summary>
internal interface IRecordWriter
{
    /// <summary>Writes what comes before the first record (a CSV header), if anything.</summary>
    void WriteStart();

    /// <summary>Writes one record, whole.</summary>
    void Write(ScoredRecord record);
}
