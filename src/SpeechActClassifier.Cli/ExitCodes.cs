namespace SpeechActClassifier.Cli;

/// <summary>What <c>speechact</c> exits with, the same for every command, so scripts can rely on them.</summary>
internal static class ExitCodes
{
    /// <summary>Every record was read and scored.</summary>
    public const int Success = 0;

    /// <summary>The run finished, but some input records could not be read; each has an <c>error</c> in the output.</summary>
    public const int RecordErrors = 1;

    /// <summary>Nothing was scored: bad usage, a missing input file, no input record at all, or a model that cannot be loaded.</summary>
    public const int BadInput = 2;

    /// <summary>Stopped by Ctrl+C: the output holds whole records for the input read so far.</summary>
    public const int Interrupted = 130;

    /// <summary>The lines every command's help ends with.</summary>
    public const string Help = "Exit codes: 0 ok; 1 some records had errors (each output record says which); 2 bad usage, missing or empty input, or unloadable model; 130 interrupted (whole records only).";
}
