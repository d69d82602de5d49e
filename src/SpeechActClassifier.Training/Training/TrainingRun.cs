using System.Diagnostics;
using System.Globalization;

namespace SpeechActClassifier.Training;

/// <summary>
/// Everything <c>speechact train</c> does: choose the model's settings and decision weights by cross-validation
/// grouped by source document, train the final model on all the training sentences, and measure it beside the
/// baselines on the same folds (and on a development set, which is only ever tested on).
/// </summary>
internal static class TrainingRun
{
    /// <summary>The name of this library's model among the candidates.</summary>
    public const string ModelName = "speechactModel";

    /// <summary>Runs the search, the final training and the comparison, reporting progress after every model fit.</summary>
    public static TrainingRunResult Execute(TrainingRunOptions options, IProgress<TrainingProgress>? progress)
    {
        var clock = Stopwatch.StartNew();
        var corpus = LabelledCorpus.Read(options.TrainingFiles);
        var dev = options.DevFile is null ? null : LabelledSentenceReader.Read(options.DevFile);
        var sentences = corpus.Sentences;
        var gold = sentences.Select(s => s.Label).ToArray();
        var folds = GroupedFolds.Repeated(sentences, options.Folds, options.Repeats, options.Seed);
        var foldCount = folds[0].Max() + 1;
        var features = OneVersusRestTrainer.ExtractFeatures(sentences.Select(s => s.Text).ToList());
        var full = options.Search == SearchMode.Full;
        var runner = new StageRunner(3 + (dev is null ? 0 : 1) + (full ? 1 : 0), progress);

        // 1. The search: every setting on every fold of every repetition.
        var grid = SearchGrid.For(options.Search, options.Seed);
        var probabilities = HeldOutProbabilities(runner, "search", grid, features, sentences, folds);
        var search = new SearchPoint[grid.Count];
        var crossFitted = new SpeechActLabel[grid.Count][][];
        var set = EvaluationSet.Create(sentences, SourceKinds.Of(corpus), options.Seed);
        for (var s = 0; s < grid.Count; s++)
        {
            crossFitted[s] = folds.Select((assignment, r) => DecisionWeightTuner.CrossFittedLabels(probabilities[s][r], gold, assignment)).ToArray();
            search[s] = new SearchPoint(grid[s], set.Bootstrap.Estimate(gold, crossFitted[s], ConfusionCounts.MacroF1));
        }

        // Strictly above: among equal figures the earlier (simpler) setting stays.
        var best = 0;
        for (var s = 1; s < grid.Count; s++)
        {
            if (search[s].MacroF1.Estimate > search[best].MacroF1.Estimate)
            {
                best = s;
            }
        }

        // 2. The final model: the chosen setting on every sentence, with weights tuned on all its held-out probabilities.
        var weights = DecisionWeightTuner.Tune(probabilities[best].SelectMany(r => r).ToArray(), folds.SelectMany(_ => gold).ToArray());
        var chosen = grid[best] with { DecisionWeights = weights };
        var model = runner.Run("final model", [(chosen.ToString(), () => ModelTrainer.Train(features, gold, chosen, corpus.Files))])[0];

        // 3. The baselines on the same folds.
        var baselines = Baselines(options, chosen);
        var baselinePredictions = BaselinePredictions(runner, baselines, sentences, folds);

        // 4. The development set: every candidate trained on all the training sentences.
        EvaluationSet? devSet = null;
        SpeechActLabel[]? devOurs = null;
        SpeechActLabel[][]? devBaselines = null;
        if (dev is not null)
        {
            devSet = EvaluationSet.Create(dev, SourceKinds.Of(dev, options.DevFile!), options.Seed);
            devOurs = dev.Select(s => model.Classifier.Classify(s.Text).Label).ToArray();
            devBaselines = runner.Run("development set", baselines.Select(b => ((string, Func<SpeechActLabel[]>))(b.Name, () =>
            {
                var classify = b.Fit(sentences);
                return dev.Select(s => classify(s.Text)).ToArray();
            })).ToList());
        }

        var candidates = new List<CandidateResult>
        {
            new(ModelName, ModelDescription(chosen), HeldOutFigures.Compute(set, crossFitted[best]), null, devSet is null ? null : HeldOutFigures.Compute(devSet, [devOurs!]), null),
        };
        for (var b = 0; b < baselines.Count; b++)
        {
            candidates.Add(new CandidateResult(
                baselines[b].Name,
                baselines[b].Description,
                HeldOutFigures.Compute(set, baselinePredictions[b]),
                set.Bootstrap.EstimateDifference(gold, crossFitted[best], baselinePredictions[b], ConfusionCounts.MacroF1),
                devSet is null ? null : HeldOutFigures.Compute(devSet, [devBaselines![b]]),
                devSet?.Bootstrap.EstimateDifference(devSet.Gold, [devOurs!], [devBaselines![b]], ConfusionCounts.MacroF1)));
        }

        // 5. The learning curve, on the first repetition's folds.
        var curve = full ? LearningCurve(runner, chosen, corpus, features, folds[0], set) : [];
        return new TrainingRunResult(corpus, options, foldCount, search, chosen, model, candidates, curve, dev?.Count ?? 0, clock.Elapsed);
    }

    private static string ModelDescription(TrainingOptions chosen) =>
        $"this library: cue features{(chosen.UseHashedNgrams ? " and hashed word n-grams" : string.Empty)} into one-versus-rest FastTree ({chosen.HyperParameters}), decision weights {Weights(chosen)}";

    private static string Weights(TrainingOptions options) => string.Create(
        CultureInfo.InvariantCulture,
        $"N {options.DecisionWeights.Neutral:0.###}, TF {options.DecisionWeights.ThreatFraming:0.###}, SM {options.DecisionWeights.SecuritizingMove:0.###}");

    /// <summary>The baselines a run compares with: the majority class, the rules, and ML.NET's standard text pipelines.</summary>
    private static List<ITrainableClassifier> Baselines(TrainingRunOptions options, TrainingOptions chosen)
    {
        var baselines = new List<ITrainableClassifier> { new MajorityClassBaseline(), new RuleBasedBaseline(), MlNetTextBaseline.WithSdca(options.Seed) };
        if (options.Search == SearchMode.Full)
        {
            // FeaturizeText's character n-grams make FastTree slow (minutes per fit on a few thousand sentences), so only the full run has it.
            baselines.Add(MlNetTextBaseline.WithFastTree(options.Seed, chosen.HyperParameters));
        }

        return baselines;
    }

    /// <summary>Per setting, per repetition, per sentence: the class probabilities of the model trained without the sentence's fold.</summary>
    private static float[][][][] HeldOutProbabilities(
        StageRunner runner, string stage, IReadOnlyList<TrainingOptions> settings, float[][] features, IReadOnlyList<LabelledSentence> sentences, int[][] folds)
    {
        var jobs = new List<(string, Func<(int Setting, int Repetition, int[] Test, float[][] Probabilities)>)>();
        for (var s = 0; s < settings.Count; s++)
        {
            for (var r = 0; r < folds.Length; r++)
            {
                var foldCount = folds[r].Max() + 1;
                for (var f = 0; f < foldCount; f++)
                {
                    var (setting, repetition, fold) = (s, r, f);
                    var item = FormattableString.Invariant($"{settings[s]}, repetition {r + 1}/{folds.Length}, fold {f + 1}/{foldCount}");
                    jobs.Add((item, () =>
                    {
                        var (train, test) = Split(folds[repetition], fold);
                        var model = ModelTrainer.Train(train.Select(i => features[i]).ToArray(), train.Select(i => sentences[i].Label).ToArray(), settings[setting], []);
                        return (setting, repetition, test, test.Select(i => Probabilities(model.Classifier, sentences[i].Text)).ToArray());
                    }));
                }
            }
        }

        var result = settings.Select(_ => folds.Select(_ => new float[sentences.Count][]).ToArray()).ToArray();
        foreach (var (setting, repetition, test, probabilities) in runner.Run(stage, jobs))
        {
            for (var t = 0; t < test.Length; t++)
            {
                result[setting][repetition][test[t]] = probabilities[t];
            }
        }

        return result;
    }

    /// <summary>Per baseline, per repetition, per sentence: the label of the baseline trained without the sentence's fold.</summary>
    private static SpeechActLabel[][][] BaselinePredictions(StageRunner runner, IReadOnlyList<ITrainableClassifier> baselines, IReadOnlyList<LabelledSentence> sentences, int[][] folds)
    {
        var jobs = new List<(string, Func<(int Baseline, int Repetition, int[] Test, SpeechActLabel[] Labels)>)>();
        for (var b = 0; b < baselines.Count; b++)
        {
            for (var r = 0; r < folds.Length; r++)
            {
                var foldCount = folds[r].Max() + 1;
                for (var f = 0; f < foldCount; f++)
                {
                    var (baseline, repetition, fold) = (b, r, f);
                    jobs.Add((FormattableString.Invariant($"{baselines[b].Name}, repetition {r + 1}/{folds.Length}, fold {f + 1}/{foldCount}"), () =>
                    {
                        var (train, test) = Split(folds[repetition], fold);
                        var classify = baselines[baseline].Fit(train.Select(i => sentences[i]).ToArray());
                        return (baseline, repetition, test, test.Select(i => classify(sentences[i].Text)).ToArray());
                    }));
                }
            }
        }

        var result = baselines.Select(_ => folds.Select(_ => new SpeechActLabel[sentences.Count]).ToArray()).ToArray();
        foreach (var (baseline, repetition, test, labels) in runner.Run("baselines", jobs))
        {
            for (var t = 0; t < test.Length; t++)
            {
                result[baseline][repetition][test[t]] = labels[t];
            }
        }

        return result;
    }

    /// <summary>
    /// Held-out macro-F1 of the chosen setting trained on growing parts of each training fold: the first training file
    /// alone (when there are several), then 500, 1,000 and 2,000 sentences drawn by whole documents, then everything.
    /// </summary>
    internal static List<LearningCurvePoint> LearningCurve(StageRunner runner, TrainingOptions chosen, LabelledCorpus corpus, float[][] features, int[] folds, EvaluationSet set)
    {
        var sentences = corpus.Sentences;
        var foldCount = folds.Max() + 1;
        var firstFileRows = corpus.Files[0].Rows;
        var poolSize = sentences.Count - (sentences.Count / foldCount);
        var sizes = new List<(string Name, int? Size, bool FirstFileOnly)>();
        if (corpus.Files.Count > 1)
        {
            sizes.Add(($"{corpus.Files[0].Path} only", null, true));
        }

        foreach (var size in new[] { 500, 1000, 2000 }.Where(s => s < poolSize))
        {
            sizes.Add((size.ToString("N0", CultureInfo.InvariantCulture) + " sentences", size, false));
        }

        sizes.Add(("all training folds", null, false));
        var jobs = new List<(string, Func<(int Point, int[] Train, int[] Test, SpeechActLabel[] Labels)>)>();
        for (var p = 0; p < sizes.Count; p++)
        {
            for (var f = 0; f < foldCount; f++)
            {
                var (point, fold) = (p, f);
                jobs.Add(($"{sizes[p].Name}, fold {f + 1}/{foldCount}", () =>
                {
                    var (pool, test) = Split(folds, fold);
                    var train = sizes[point].FirstFileOnly
                        ? pool.Where(i => i < firstFileRows).ToArray()
                        : sizes[point].Size is { } size ? DrawDocuments(pool, sentences, size, chosen.Seed + fold) : pool;
                    var model = ModelTrainer.Train(train.Select(i => features[i]).ToArray(), train.Select(i => sentences[i].Label).ToArray(), chosen, []);
                    return (point, train, test, test.Select(i => model.Classifier.Classify(sentences[i].Text).Label).ToArray());
                }));
            }
        }

        var labels = sizes.Select(_ => new SpeechActLabel[sentences.Count]).ToArray();
        var trained = new int[sizes.Count];
        foreach (var (point, train, test, predicted) in runner.Run("learning curve", jobs))
        {
            trained[point] += train.Length;
            for (var t = 0; t < test.Length; t++)
            {
                labels[point][test[t]] = predicted[t];
            }
        }

        return sizes.Select((s, p) => new LearningCurvePoint(s.Name, trained[p] / foldCount, set.Bootstrap.Estimate(set.Gold, [labels[p]], ConfusionCounts.MacroF1))).ToList();
    }

    /// <summary>Whole documents of <paramref name="pool"/>, in a seeded random order, until at least <paramref name="size"/> sentences.</summary>
    internal static int[] DrawDocuments(int[] pool, IReadOnlyList<LabelledSentence> sentences, int size, int seed)
    {
        var documents = pool.GroupBy(i => sentences[i].Source, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).ToArray();
        new Random(seed).Shuffle(documents);
        var drawn = new List<int>();
        foreach (var document in documents)
        {
            if (drawn.Count >= size)
            {
                break;
            }

            drawn.AddRange(document);
        }

        drawn.Sort();
        return [.. drawn];
    }

    private static (int[] Train, int[] Test) Split(int[] folds, int fold) =>
        (Enumerable.Range(0, folds.Length).Where(i => folds[i] != fold).ToArray(), Enumerable.Range(0, folds.Length).Where(i => folds[i] == fold).ToArray());

    private static float[] Probabilities(SecuritizationClassifier model, string text)
    {
        var result = model.Classify(text);
        return [result.Neutral, result.ThreatFraming, result.SecuritizingMove];
    }
}
