using SpeechActClassifier.Evaluation;

namespace SpeechActClassifier.Training;

/// <summary>
/// Everything <c>speechact train</c> does: choose the hyper-parameters on held-out folds of the seed sentences, train
/// the final model on all of them, and measure it beside the baselines on the same folds (and on a development set,
/// which is only ever tested on).
/// </summary>
internal static class TrainingRun
{
    /// <summary>Folds of the stratified cross-validation: 5 leaves 3-4 sentences of the smallest class (17) per fold.</summary>
    public const int FoldCount = 5;

    /// <summary>Runs the search, the final training and the comparison.</summary>
    public static TrainingRunResult Execute(string trainingPath, string? devPath, int seed, TextWriter log)
    {
        var sentences = LabelledSentenceReader.Read(trainingPath);
        var sha256 = ModelTrainer.Sha256OfFile(trainingPath);
        var dev = devPath is null ? null : LabelledSentenceReader.Read(devPath);
        var folds = CrossValidation.StratifiedFolds(sentences, FoldCount, seed);

        // Grid points are independent and each trains on one thread, so running them side by side keeps every result
        // identical to a sequential run; results are kept in grid order.
        var grid = HyperParameterGrid.All(seed);
        var search = new GridPoint[grid.Count];
        Parallel.For(0, grid.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            var candidate = new FastTreeCandidate(grid[i]);
            var cv = CrossValidation.Run(candidate, sentences, folds).MacroF1;
            var crossDocument = CrossValidation.CrossDocument(candidate, sentences).Average(r => r.Metrics.MacroF1);
            search[i] = new GridPoint(grid[i], cv, crossDocument);
        });

        foreach (var point in search)
        {
            log.WriteLine(FormattableString.Invariant($"  {point.Options}: cv macro-F1 {point.CrossValidationMacroF1:F3}, cross-document macro-F1 {point.CrossDocumentMacroF1:F3}"));
        }

        // Strictly above: among equal figures the first (simplest) setting wins.
        var best = search[0];
        foreach (var point in search.Skip(1))
        {
            if (point.RanksAbove(best))
            {
                best = point;
            }
        }

        log.WriteLine($"chosen: {best.Options}");
        var model = ModelTrainer.Train(sentences, best.Options, sha256);

        var comparisons = new List<CandidateResult>();
        foreach (var candidate in Candidates(best.Options))
        {
            var cv = CrossValidation.Run(candidate, sentences, folds);
            var crossDocument = CrossValidation.CrossDocument(candidate, sentences);
            var onDev = dev is null ? null : ModelEvaluator.Evaluate(candidate.Fit(sentences), dev);
            comparisons.Add(new CandidateResult(candidate.Name, cv, crossDocument, onDev));
            log.WriteLine(FormattableString.Invariant($"  {candidate.Name}: cv {cv.MacroF1:F3}, cross-document {crossDocument.Average(r => r.Metrics.MacroF1):F3}{(onDev is null ? string.Empty : $", dev {onDev.MacroF1:F3}")}"));
        }

        return new TrainingRunResult(sentences, sha256, seed, search, best, model, comparisons, dev?.Count ?? 0);
    }

    private static IEnumerable<ITrainableClassifier> Candidates(TrainingOptions chosen)
    {
        yield return new MajorityClassBaseline();
        yield return new RuleBasedBaseline();
        yield return new MlNetTextBaseline(chosen.Seed);
        yield return new FastTreeCandidate(chosen);
    }
}
