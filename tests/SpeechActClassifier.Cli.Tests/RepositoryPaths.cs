namespace SpeechActClassifier.Cli.Tests;

/// <summary>Paths in the repository, found by walking up from the test binaries to SpeechActClassifier.sln.</summary>
internal static class RepositoryPaths
{
    /// <summary>The directory that holds SpeechActClassifier.sln.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The seeds folder: two seed documents and labelled.tsv.</summary>
    public static string Seeds => Path.Combine(Root, "seeds");

    /// <summary>seeds/labelled.tsv, the labelled seed sentences.</summary>
    public static string SeedsTsv => Path.Combine(Seeds, "labelled.tsv");

    /// <summary>models/speechact-model.bin, the model file the library embeds.</summary>
    public static string ModelFile => Path.Combine(Root, "models", "speechact-model.bin");

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
