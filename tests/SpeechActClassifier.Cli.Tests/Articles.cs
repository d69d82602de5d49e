namespace SpeechActClassifier.Cli.Tests;

/// <summary>News-like test articles built from the seed sentences with a fixed seed, so every run sees the same input.</summary>
internal static class Articles
{
    private static readonly Lazy<string[]> SeedSentences = new(() =>
        File.ReadLines(Path.Combine(RepositoryPaths.Seeds, "labelled.tsv")).Skip(1).Select(line => line.Split('\t')[3]).ToArray());

    /// <summary><paramref name="count"/> articles of 3 to 12 sentences, in paragraphs.</summary>
    public static string[] Create(int count, int seed)
    {
        var random = new Random(seed);
        var sentences = SeedSentences.Value;
        return Enumerable.Range(0, count).Select(_ =>
        {
            var length = random.Next(3, 13);
            var picked = Enumerable.Range(0, length).Select(i => sentences[random.Next(sentences.Length)] + (i % 4 == 3 ? "\n\n" : " "));
            return string.Concat(picked).Trim();
        }).ToArray();
    }

    /// <summary>A JSONL line with <paramref name="id"/> and <paramref name="text"/>.</summary>
    public static string JsonLine(string id, string text) =>
        System.Text.Json.JsonSerializer.Serialize(new Dictionary<string, string> { ["id"] = id, ["text"] = text });
}
