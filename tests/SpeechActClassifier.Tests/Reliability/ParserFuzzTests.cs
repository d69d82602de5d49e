using SpeechActClassifier.Model;
using SpeechActClassifier.Rules;
using SpeechActClassifier.Tests.Model;
using SpeechActClassifier.Training;
using Xunit.Abstractions;

namespace SpeechActClassifier.Tests.Reliability;

/// <summary>
/// The library's readers of training data, lexicons and model bundles, fed thousands of mutants of the real files:
/// each either reads its input or fails with the exception it documents, whose message names the source.
/// </summary>
public sealed class ParserFuzzTests(ITestOutputHelper output)
{
    [Fact]
    public void TheLabelledSentenceReaderFailsOnlyWithLabelledDataException()
    {
        var seed = File.ReadAllBytes(RepositoryPaths.SeedsTsv);
        var (read, rejected) = Fuzz(Mutations.Of(seed, 3000, randomSeed: 1), bytes =>
        {
            using var reader = new StreamReader(new MemoryStream(bytes));
            LabelledSentenceReader.Read(reader, "mutant.tsv");
        }, (LabelledDataException ex) => Assert.Contains("mutant.tsv", ex.Message, StringComparison.Ordinal));
        output.WriteLine($"labelled.tsv: 3000 mutants, {read} read, {rejected} rejected with LabelledDataException");
    }

    [Fact]
    public void TheLexiconParserFailsOnlyWithLexiconFormatException()
    {
        var files = Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "src", "SpeechActClassifier", "Rules", "Lexicons"), "*.tsv").Order(StringComparer.Ordinal).ToArray();
        var total = (Read: 0, Rejected: 0);
        for (var f = 0; f < files.Length; f++)
        {
            var (read, rejected) = Fuzz(Mutations.Of(File.ReadAllBytes(files[f]), 300, randomSeed: 100 + f), bytes =>
            {
                using var stream = new MemoryStream(bytes);
                Lexicon.Load(stream, "mutant.tsv");
            }, (LexiconFormatException ex) =>
            {
                Assert.Equal("mutant.tsv", ex.SourceName);
                Assert.StartsWith("mutant.tsv", ex.Message, StringComparison.Ordinal);
            });
            total = (total.Read + read, total.Rejected + rejected);
        }

        output.WriteLine($"lexicons: {files.Length} × 300 mutants, {total.Read} read, {total.Rejected} rejected with LexiconFormatException");
    }

    [Fact]
    public void TheModelLoaderFailsOnlyWithModelFormatException()
    {
        var seed = File.ReadAllBytes(RepositoryPaths.ModelFile);
        var (read, rejected) = Fuzz(Mutations.Of(seed, 300, randomSeed: 2), bytes =>
        {
            var classifier = SecuritizationClassifier.Load(new MemoryStream(bytes));

            // A mutant that loads must also classify: nothing half-loaded may come back.
            var result = classifier.Classify("NATO identifies Russia as a new source of threat.");
            Assert.True(float.IsFinite(result.Confidence));
        }, (ModelFormatException ex) => Assert.StartsWith("The model stream", ex.Message, StringComparison.Ordinal));
        output.WriteLine($"model file: 300 mutants, {read} loaded, {rejected} rejected with ModelFormatException");

        // Failed loads leave no state behind.
        Assert.Equal(SpeechActLabel.SecuritizingMove, SecuritizationClassifier.Default.Classify("NATO identifies Russia as a new source of threat.").Label);
    }

    [Fact]
    public void TheBundleLoaderFailsOnlyWithModelFormatException()
    {
        var seed = File.ReadAllBytes(RepositoryPaths.ModelBundle);
        var (read, rejected) = Fuzz(Mutations.Of(seed, 100, randomSeed: 2), bytes =>
        {
            var model = SpeechActClassifier.Training.TrainedModel.LoadMlNetBundle(new MemoryStream(bytes));
            Assert.True(float.IsFinite(model.Classifier.Classify("NATO identifies Russia as a new source of threat.").Confidence));
        }, (ModelFormatException ex) => Assert.StartsWith("The model bundle stream", ex.Message, StringComparison.Ordinal));
        output.WriteLine($"ML.NET bundle: 100 mutants, {read} loaded, {rejected} rejected with ModelFormatException");
    }

    /// <summary>Runs <paramref name="parse"/> on every mutant; any exception other than <typeparamref name="TDocumented"/> fails the test.</summary>
    private static (int Read, int Rejected) Fuzz<TDocumented>(IEnumerable<byte[]> mutants, Action<byte[]> parse, Action<TDocumented> checkMessage)
        where TDocumented : Exception
    {
        var read = 0;
        var rejected = 0;
        var index = 0;
        foreach (var mutant in mutants)
        {
            try
            {
                parse(mutant);
                read++;
            }
            catch (TDocumented ex)
            {
                checkMessage(ex);
                rejected++;
            }
            catch (Exception ex)
            {
                throw new Xunit.Sdk.XunitException($"Mutant {index} ({mutant.Length} bytes) escaped as {ex.GetType().Name}: {ex.Message}\n{ex.StackTrace}");
            }

            index++;
        }

        return (read, rejected);
    }
}
