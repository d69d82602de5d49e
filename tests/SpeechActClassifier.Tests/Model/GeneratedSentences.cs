namespace SpeechActClassifier.Tests.Model;

/// <summary>
/// Many varied sentences from a fixed seed: clauses of different seed sentences joined, words dropped or repeated,
/// case changed, negators inserted. They reach tree paths that the 105 seed sentences alone never take.
/// </summary>
internal static class GeneratedSentences
{
    private static readonly string[] Insertions = ["not", "no longer", "urgently", "must", "threat", "security", "the government", "NATO", "emergency measures", "peace", "cooperation"];

    /// <summary><paramref name="count"/> sentences, the same for the same <paramref name="seed"/>.</summary>
    public static string[] Create(int count, int seed)
    {
        var random = new Random(seed);
        var seeds = ModelTestData.Seeds.Select(s => s.Text).ToArray();
        var clauses = seeds.SelectMany(s => s.Split([", ", "; ", " and "], StringSplitOptions.RemoveEmptyEntries)).ToArray();
        var result = new string[count];
        for (var i = 0; i < count; i++)
        {
            var words = $"{clauses[random.Next(clauses.Length)]} {clauses[random.Next(clauses.Length)]}"
                .Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .ToList();
            var edits = random.Next(4);
            for (var e = 0; e < edits && words.Count > 1; e++)
            {
                var at = random.Next(words.Count);
                switch (random.Next(4))
                {
                    case 0:
                        words.RemoveAt(at);
                        break;
                    case 1:
                        words.Insert(at, Insertions[random.Next(Insertions.Length)]);
                        break;
                    case 2:
                        words[at] = words[at].ToUpperInvariant();
                        break;
                    default:
                        words.Insert(at, words[random.Next(words.Count)]);
                        break;
                }
            }

            result[i] = string.Join(' ', words);
        }

        return result;
    }
}
