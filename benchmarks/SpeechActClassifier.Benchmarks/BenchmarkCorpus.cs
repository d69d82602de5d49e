namespace SpeechActClassifier.Benchmarks;

/// <summary>
/// Inputs for every benchmark: many varied sentences, built once and deterministically, so that no benchmark
/// measures one fixed sentence that the branch predictor learns by heart.
/// </summary>
/// <remarks>
/// The sentences are the seed sentences and recombinations of their clauses (a clause of one sentence followed
/// by a clause of another), shuffled with a fixed seed. They keep the length and vocabulary of real prose.
/// </remarks>
internal static class BenchmarkCorpus
{
    /// <summary>How many sentences each per-sentence benchmark cycles through; a power of two, so cycling is a mask.</summary>
    public const int SentenceCount = 2048;

    /// <summary>Fixed seed of the recombination, so every run measures the same inputs.</summary>
    private const int Seed = 20261123;

    /// <summary>The varied sentences, <see cref="SentenceCount"/> of them.</summary>
    public static string[] Sentences() => Recombine(LoadSeedSentences(), SentenceCount, Seed);

    /// <summary>
    /// A news-like article of exactly <paramref name="characters"/> characters: varied sentences, each ending with a
    /// full stop, in paragraphs of five. Different <paramref name="variant"/>s give different articles.
    /// </summary>
    public static string Article(int characters, int variant = 0)
    {
        var sentences = Recombine(LoadSeedSentences(), 4096, Seed + characters + (7919 * variant));
        var text = new System.Text.StringBuilder(characters + 1024);
        var i = 0;
        while (text.Length < characters)
        {
            var sentence = sentences[i % sentences.Length].TrimEnd();
            text.Append(sentence);
            if (!sentence.EndsWith('.') && !sentence.EndsWith('?') && !sentence.EndsWith('!'))
            {
                // A recombined clause may come from the middle of a seed sentence; a news sentence ends.
                text.Append('.');
            }

            text.Append(i % 5 == 4 ? "\n\n" : " ");
            i++;
        }

        return text.ToString(0, characters);
    }

    /// <summary>The labelled seed sentences (text and gold label), the training data of the embedded model.</summary>
    public static IEnumerable<(string Text, string Label)> LabelledSeeds() =>
        File.ReadLines(SeedsPath()).Skip(1).Select(line => line.Split('\t')).Select(fields => (fields[3], fields[1]));

    private static string[] Recombine(string[] seeds, int count, int seed)
    {
        var random = new Random(seed);
        var clauses = seeds.SelectMany(s => s.Split(", ", StringSplitOptions.RemoveEmptyEntries)).ToArray();
        var result = new string[count];
        for (var i = 0; i < count; i++)
        {
            result[i] = i < seeds.Length
                ? seeds[i]
                : $"{clauses[random.Next(clauses.Length)].TrimEnd('.')}, {clauses[random.Next(clauses.Length)]}";
        }

        random.Shuffle(result);
        return result;
    }

    private static string[] LoadSeedSentences()
    {
        return LabelledSeeds().Select(s => s.Text).ToArray();
    }

    /// <summary>The embedded model as ML.NET saved it (models/speechact-model.zip): the baseline the compiled trees are measured against.</summary>
    public static SpeechActClassifier.Training.TrainedModel EmbeddedMlNetModel() =>
        SpeechActClassifier.Training.TrainedModel.LoadMlNetBundle(Path.Combine(RepositoryRoot(), "models", "speechact-model.zip"));

    private static string SeedsPath() => Path.Combine(RepositoryRoot(), "seeds", "labelled.tsv");

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SpeechActClassifier.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("Run the benchmarks from inside the repository: seeds/labelled.tsv is their input.");
    }
}
