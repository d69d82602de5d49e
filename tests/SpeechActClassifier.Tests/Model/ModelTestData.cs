using SpeechActClassifier.Model;
using SpeechActClassifier.Training;

namespace SpeechActClassifier.Tests.Model;

/// <summary>Shared inputs: the seed sentences and a small, fast model trained on them once per test run.</summary>
internal static class ModelTestData
{
    /// <summary>The 105 labelled seed sentences.</summary>
    public static IReadOnlyList<LabelledSentence> Seeds { get; } = LabelledSentenceReader.Read(RepositoryPaths.SeedsTsv);

    /// <summary>Settings small enough that training takes well under a second.</summary>
    public static FastTreeHyperParameters SmallTrees { get; } = new(10, 4, 5, FastTreeHyperParameters.DefaultLearningRate);

    private static readonly Lazy<TrainedModel> SmallTrainedModelValue = new(() =>
        ModelTrainer.Train(Seeds, new TrainingOptions { HyperParameters = SmallTrees }));

    private static readonly Lazy<TrainedModel> EmbeddedBundleValue = new(() => TrainedModel.LoadMlNetBundle(RepositoryPaths.ModelBundle));

    /// <summary>A model trained on <see cref="Seeds"/> with <see cref="SmallTrees"/>, with its ML.NET models.</summary>
    public static TrainedModel SmallTrainedModel => SmallTrainedModelValue.Value;

    /// <summary>The classifier of <see cref="SmallTrainedModel"/>.</summary>
    public static SecuritizationClassifier SmallModel => SmallTrainedModel.Classifier;

    /// <summary>The embedded model's ML.NET bundle (models/speechact-model.zip), the reference the embedded model file must reproduce.</summary>
    public static TrainedModel EmbeddedBundle => EmbeddedBundleValue.Value;

    /// <summary>Inputs at the edges: empty, white space, punctuation only, non-Latin script, very long.</summary>
    public static IEnumerable<string> EdgeSentences { get; } =
    [
        string.Empty,
        "   ",
        "?!...",
        "Россия считает расширение НАТО угрозой.",
        string.Join(' ', Enumerable.Repeat("NATO considers Russia a threat and deploys troops", 200)),
    ];

    /// <summary><see cref="SmallTrainedModel"/> saved as a model file's bytes.</summary>
    public static byte[] SmallModelBytes()
    {
        using var buffer = new MemoryStream();
        SmallTrainedModel.Save(buffer);
        return buffer.ToArray();
    }

    /// <summary><see cref="SmallTrainedModel"/> saved as an ML.NET bundle's bytes.</summary>
    public static byte[] SmallBundleBytes()
    {
        using var buffer = new MemoryStream();
        SmallTrainedModel.SaveMlNetBundle(buffer);
        return buffer.ToArray();
    }
}
