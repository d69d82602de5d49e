using SpeechActClassifier.Training;

namespace SpeechActClassifier.Tests.Model;

/// <summary>Shared inputs: the seed sentences and a small, fast model trained on them once per test run.</summary>
internal static class ModelTestData
{
    /// <summary>The 105 labelled seed sentences.</summary>
    public static IReadOnlyList<LabelledSentence> Seeds { get; } = LabelledSentenceReader.Read(RepositoryPaths.SeedsTsv);

    /// <summary>Settings small enough that training takes well under a second.</summary>
    public static FastTreeHyperParameters SmallTrees { get; } = new(10, 4, 5, FastTreeHyperParameters.DefaultLearningRate);

    private static readonly Lazy<SecuritizationClassifier> SmallModelValue = new(() =>
        ModelTrainer.Train(Seeds, new TrainingOptions { HyperParameters = SmallTrees }));

    /// <summary>A model trained on <see cref="Seeds"/> with <see cref="SmallTrees"/>.</summary>
    public static SecuritizationClassifier SmallModel => SmallModelValue.Value;

    /// <summary>Inputs at the edges: empty, white space, punctuation only, non-Latin script, very long.</summary>
    public static IEnumerable<string> EdgeSentences { get; } =
    [
        string.Empty,
        "   ",
        "?!...",
        "Россия считает расширение НАТО угрозой.",
        string.Join(' ', Enumerable.Repeat("NATO considers Russia a threat and deploys troops", 200)),
    ];

    /// <summary><see cref="SmallModel"/> saved as bundle bytes.</summary>
    public static byte[] SmallModelBytes()
    {
        using var buffer = new MemoryStream();
        SmallModel.Save(buffer);
        return buffer.ToArray();
    }
}
