using System.Text;
using SpeechActClassifier.Text;
using Xunit.Abstractions;

namespace SpeechActClassifier.Tests.Text;

/// <summary>
/// Splits the raw seed texts and checks that the gold sentences of <c>seeds/labelled.tsv</c> come out of them.
/// Gold texts drop footnote markers and join sentences broken across a page break with one space, so both sides
/// are compared after removing "[digits]" markers and collapsing white space.
/// </summary>
public sealed class SeedSentenceRecoveryTests(ITestOutputHelper output)
{
    /// <summary>The share of gold sentences that must be recovered exactly; the rest are listed as misses.</summary>
    private const int MinimumRecovered = 100;

    private static readonly string[] SeedFiles = ["000_26efcdc4bda2b59b.txt", "001_a41092909269109a.txt"];

    [Fact]
    public void Split_RecoversTheGoldSentencesOfTheSeedTexts()
    {
        var seeds = Path.Combine(FindRepositoryRoot(), "seeds");
        var recovered = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in SeedFiles)
        {
            var text = File.ReadAllText(Path.Combine(seeds, file));
            foreach (var sentence in SentenceSplitter.Split(text))
            {
                recovered.Add(file + "\t" + Normalize(text.AsSpan(sentence.Start, sentence.Length)));
            }
        }

        var gold = File.ReadLines(Path.Combine(seeds, "labelled.tsv"))
            .Skip(1)
            .Select(line => line.Split('\t'))
            .Where(fields => SeedFiles.Contains(fields[2]))
            .Select(fields => (Id: fields[0], Key: fields[2] + "\t" + Normalize(fields[3])))
            .ToList();
        var misses = gold.Where(g => !recovered.Contains(g.Key)).ToList();

        output.WriteLine($"Recovered {gold.Count - misses.Count} of {gold.Count} gold sentences.");
        foreach (var (id, key) in misses)
        {
            output.WriteLine($"MISS {id}: {key}");
        }

        Assert.Equal(105, gold.Count);
        Assert.True(gold.Count - misses.Count >= MinimumRecovered, $"Only {gold.Count - misses.Count} of {gold.Count} recovered.");
    }

    /// <summary>Removes footnote markers such as "[3]" and collapses white space runs to one space.</summary>
    private static string Normalize(ReadOnlySpan<char> text)
    {
        var builder = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '[')
            {
                var j = i + 1;
                while (j < text.Length && char.IsAsciiDigit(text[j]))
                {
                    j++;
                }

                if (j > i + 1 && j < text.Length && text[j] == ']')
                {
                    i = j + 1;
                    continue;
                }
            }

            if (char.IsWhiteSpace(c))
            {
                if (builder.Length > 0 && builder[^1] != ' ')
                {
                    builder.Append(' ');
                }

                i++;
                continue;
            }

            builder.Append(c);
            i++;
        }

        return builder.ToString().Trim();
    }

    /// <summary>Walks up from the test binaries to the folder that holds SpeechActClassifier.sln.</summary>
    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "SpeechActClassifier.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No SpeechActClassifier.sln above {AppContext.BaseDirectory}; run the tests from the repository.");
    }
}
