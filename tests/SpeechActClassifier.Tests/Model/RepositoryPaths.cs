namespace SpeechActClassifier.Tests.Model;

/// <summary>Paths in the repository, found by walking up from the test binaries to SpeechActClassifier.sln.</summary>
internal static class RepositoryPaths
{
    /// <summary>The directory that holds SpeechActClassifier.sln.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>seeds/labelled.tsv, the training data of the embedded model.</summary>
    public static string SeedsTsv => Path.Combine(Root, "seeds", "labelled.tsv");

    /// <summary>data/corpus.tsv, the labelled corpus the embedded model is also trained on.</summary>
    public static string CorpusTsv => Path.Combine(Root, "data", "corpus.tsv");

    /// <summary>models/speechact-model.bin, the model file the library embeds.</summary>
    public static string ModelFile => Path.Combine(Root, "models", "speechact-model.bin");

    /// <summary>models/speechact-model.zip, the same model as ML.NET saved it: the training artefact.</summary>
    public static string ModelBundle => Path.Combine(Root, "models", "speechact-model.zip");

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "SpeechActClassifier.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No SpeechActClassifier.sln above {AppContext.BaseDirectory}.");
    }
}
