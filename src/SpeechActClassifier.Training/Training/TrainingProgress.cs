namespace SpeechActClassifier.Training;

/// <summary>
/// Where a training run is: which stage, how many of its model fits are done, and an estimate of the time left in
/// the stage from the pace so far. Reported after every fit, so a long run always shows it is moving.
/// </summary>
/// <param name="Stage">The stage, e.g. <c>search</c>, <c>final model</c>, <c>baselines</c>, <c>learning curve</c>.</param>
/// <param name="StageNumber">The stage's 1-based number.</param>
/// <param name="StageCount">How many stages the run has.</param>
/// <param name="Done">Fits of this stage finished.</param>
/// <param name="Total">Fits of this stage in all.</param>
/// <param name="Item">What the last finished fit was, e.g. <c>trees=100 leaves=8 ... ngrams=on, repetition 1, fold 3/5</c>.</param>
/// <param name="Elapsed">Time since the stage started.</param>
public readonly record struct TrainingProgress(string Stage, int StageNumber, int StageCount, int Done, int Total, string Item, TimeSpan Elapsed)
{
    /// <summary>The time left in the stage if the remaining fits take as long as the finished ones did on average; zero when done.</summary>
    public TimeSpan Remaining => Done == 0 ? TimeSpan.Zero : TimeSpan.FromTicks(Elapsed.Ticks / Done * (Total - Done));

    /// <summary>One line for a terminal or a log, e.g. <c>[1/4 search] 14/40 fits, 1:02 elapsed, about 1:55 left: trees=100 ...</c>.</summary>
    public override string ToString() =>
        FormattableString.Invariant($"[{StageNumber}/{StageCount} {Stage}] {Done}/{Total} fits, {Clock(Elapsed)} elapsed, about {Clock(Remaining)} left: {Item}");

    private static string Clock(TimeSpan time) =>
        time.TotalHours >= 1 ? time.ToString(@"h\:mm\:ss", System.Globalization.CultureInfo.InvariantCulture) : time.ToString(@"m\:ss", System.Globalization.CultureInfo.InvariantCulture);
}
