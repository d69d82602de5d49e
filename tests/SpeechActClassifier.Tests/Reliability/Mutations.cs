namespace SpeechActClassifier.Tests.Reliability;

/// <summary>
/// A deterministic mutation fuzzer: from a seed file's bytes, makes truncations, bit flips, inserted, deleted and
/// duplicated runs, random bytes, swapped lines, extra tabs, CRLF line ends, a byte order mark and invalid UTF-8,
/// one or several at a time. The same seed always gives the same inputs.
/// </summary>
internal static class Mutations
{
    private static readonly byte[][] Inserts = ["\t"u8.ToArray(), "\r\n"u8.ToArray(), "\n"u8.ToArray(), [0xEF, 0xBB, 0xBF], [0xC3], [0xFF, 0xFE], [0x80], "\"\""u8.ToArray(), "#"u8.ToArray(), "-1e309"u8.ToArray(), "NaN"u8.ToArray(), [0]];

    /// <summary><paramref name="count"/> mutants of <paramref name="seed"/>.</summary>
    public static IEnumerable<byte[]> Of(byte[] seed, int count, int randomSeed)
    {
        var random = new Random(randomSeed);
        for (var i = 0; i < count; i++)
        {
            var bytes = seed.ToList();
            var edits = 1 + random.Next(4);
            for (var e = 0; e < edits; e++)
            {
                Mutate(bytes, random);
            }

            yield return [.. bytes];
        }
    }

    private static void Mutate(List<byte> bytes, Random random)
    {
        var at = bytes.Count == 0 ? 0 : random.Next(bytes.Count);
        switch (random.Next(8))
        {
            case 0:
                bytes.RemoveRange(at, bytes.Count - at);
                break;
            case 1 when bytes.Count > 0:
                bytes[at] ^= (byte)(1 << random.Next(8));
                break;
            case 2:
                bytes.InsertRange(at, Inserts[random.Next(Inserts.Length)]);
                break;
            case 3 when bytes.Count > 0:
                bytes.RemoveRange(at, Math.Min(bytes.Count - at, 1 + random.Next(64)));
                break;
            case 4:
                var noise = new byte[1 + random.Next(32)];
                random.NextBytes(noise);
                bytes.InsertRange(at, noise);
                break;
            case 5 when bytes.Count > 0:
                var run = bytes.GetRange(at, Math.Min(bytes.Count - at, 1 + random.Next(200)));
                bytes.InsertRange(random.Next(bytes.Count), run);
                break;
            case 6:
                SwapLines(bytes, random);
                break;
            default:
                var junk = new byte[random.Next(1, 256)];
                random.NextBytes(junk);
                bytes.Clear();
                bytes.AddRange(junk);
                break;
        }
    }

    private static void SwapLines(List<byte> bytes, Random random)
    {
        var lines = System.Text.Encoding.Latin1.GetString([.. bytes]).Split('\n');
        if (lines.Length < 3)
        {
            return;
        }

        var a = random.Next(lines.Length);
        var b = random.Next(lines.Length);
        (lines[a], lines[b]) = (lines[b], lines[a]);
        bytes.Clear();
        bytes.AddRange(System.Text.Encoding.Latin1.GetBytes(string.Join('\n', lines)));
    }
}
