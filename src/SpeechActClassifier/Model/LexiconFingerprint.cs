using System.Security.Cryptography;
using SpeechActClassifier.Rules;

namespace SpeechActClassifier.Model;

/// <summary>
/// SHA-256 of the embedded lexicon files, in <see cref="LexiconResources.FileNames"/> order. A lexicon edit changes the
/// cue features without changing their width, so a model records the fingerprint it was trained with and a test
/// compares it with the current one: when they differ, the model must be retrained.
/// </summary>
internal static class LexiconFingerprint
{
    private static readonly Lazy<string> CurrentValue = new(Compute, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The fingerprint of the lexicons built into this library, as lower-case hex.</summary>
    public static string Current => CurrentValue.Value;

    private static string Compute()
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var fileName in LexiconResources.FileNames)
        {
            using var stream = LexiconResources.Open(fileName);
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes(fileName + "\n"));
            hash.AppendData(buffer.ToArray());
        }

        return Convert.ToHexString(hash.GetHashAndReset()).ToLowerInvariant();
    }
}
