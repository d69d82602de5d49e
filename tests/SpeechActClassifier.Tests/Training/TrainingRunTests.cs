using SpeechActClassifier.Tests.Model;
using SpeechActClassifier.Training;

namespace SpeechActClassifier.Tests.Training;

/// <summary>A quick training run end to end, on the seed sentences cut into documents of ten, so grouped folds have documents to deal.</summary>
public sealed class TrainingRunTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("speechact-run-").FullName;
    private readonly string _file;

    public TrainingRunTests()
    {
        _file = Path.Combine(_directory, "seeds-in-tens.tsv");
        File.WriteAllLines(_file, ["id\tlabel\tsource\ttext", .. ModelTestData.Seeds.Select((s, i) => $"{s.Id}\t{s.Label}\tpart{i / 10}\t{s.Text}")]);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void AQuickRunChoosesTheBestSettingAndComparesEveryBaselineOnTheSameSentences()
    {
        var reports = new List<TrainingProgress>();
        var run = TrainingRun.Execute(new TrainingRunOptions { TrainingFiles = [_file] }, new SynchronousProgress(reports.Add));

        Assert.Equal(4, run.Search.Count);
        var best = run.Search.First(p => p.MacroF1.Estimate == run.Search.Max(q => q.MacroF1.Estimate));
        Assert.Equal(best.Options with { DecisionWeights = run.Chosen.DecisionWeights }, run.Chosen);

        Assert.Equal([TrainingRun.ModelName, "majorityClass", "ruleBased", "mlnetFeaturizeTextSdca"], run.Candidates.Select(c => c.Name));
        Assert.All(run.Candidates, c => Assert.Equal(105, c.CrossValidation.Sentences));
        Assert.All(run.Candidates, c => Assert.Equal(105, c.CrossValidation.Confusion.Count));
        Assert.Null(run.Ours.ModelAdvantage);
        Assert.All(run.Candidates.Skip(1), c => Assert.NotNull(c.ModelAdvantage));

        // The rules learn nothing, so their held-out figure is their figure on the file.
        var rules = ModelEvaluator.Evaluate(s => SpeechActClassifier.Rules.RuleBasedClassifier.Default.Classify(s.AsSpan()), ModelTestData.Seeds);
        Assert.Equal(rules.MacroF1, run.Candidates.Single(c => c.Name == "ruleBased").CrossValidation.MacroF1.Estimate, 12);

        Assert.Equal(run.Chosen.DecisionWeights, run.Model.Manifest.DecisionWeights);
        Assert.Equal("seeds-in-tens.tsv", Assert.Single(run.Model.Manifest.TrainingFiles).Path);
        Assert.Empty(run.LearningCurve);

        // Three stages (search, final model, baselines), each reported to its end.
        Assert.Equal(["search", "final model", "baselines"], reports.Select(r => r.Stage).Distinct());
        Assert.All(reports.GroupBy(r => r.Stage), stage => Assert.Equal(stage.First().Total, stage.Max(r => r.Done)));
        Assert.Equal(4 * 5, reports.Count(r => r.Stage == "search"));
    }

    [Fact]
    public void TheLearningCurveGrowsFromTheFirstFileToAllFolds()
    {
        var second = Path.Combine(_directory, "more.tsv");
        File.WriteAllLines(second, ["id\tlabel\tsource\ttext", .. ModelTestData.Seeds.Select((s, i) => $"x{s.Id}\t{s.Label}\tmore{i / 5}\t{s.Text}")]);
        var corpus = LabelledCorpus.Read([_file, second]);
        var features = OneVersusRestTrainer.ExtractFeatures(corpus.Sentences.Select(s => s.Text).ToList());
        var folds = GroupedFolds.Assign(corpus.Sentences, 5, seed: 1);
        var set = EvaluationSet.Create(corpus.Sentences, SourceKinds.Of(corpus), seed: 1);
        var options = new TrainingOptions { HyperParameters = ModelTestData.SmallTrees };

        var curve = TrainingRun.LearningCurve(new StageRunner(1, null), options, corpus, features, folds, set);

        Assert.Equal(["seeds-in-tens.tsv only", "all training folds"], curve.Select(p => p.Name));
        Assert.True(curve[0].TrainingSentences < curve[1].TrainingSentences);
        // Every sentence is trained on in four folds of five: 4 x 210 / 5 per fold on average.
        Assert.Equal(168, curve[1].TrainingSentences);
    }

    [Fact]
    public void DocumentsAreDrawnWholeUntilTheSizeIsReached()
    {
        var sentences = ModelTestData.Seeds.Select((s, i) => s with { Source = $"doc{i / 7}" }).ToArray();
        var drawn = TrainingRun.DrawDocuments([.. Enumerable.Range(0, sentences.Length)], sentences, size: 30, seed: 2);

        Assert.InRange(drawn.Length, 30, 36);
        foreach (var document in drawn.GroupBy(i => sentences[i].Source))
        {
            Assert.Equal(sentences.Count(s => s.Source == document.Key), document.Count());
        }
    }

    /// <summary>Reports on the calling thread, in order, unlike <see cref="Progress{T}"/>, which posts to the thread pool.</summary>
    private sealed class SynchronousProgress(Action<TrainingProgress> report) : IProgress<TrainingProgress>
    {
        public void Report(TrainingProgress value) => report(value);
    }
}
