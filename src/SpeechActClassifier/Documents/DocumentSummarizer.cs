using SpeechActClassifier.Text;

namespace SpeechActClassifier.Documents;

/// <summary>Builds a <see cref="DocumentSummary"/> from a document's scored sentences.</summary>
internal static class DocumentSummarizer
{
    /// <summary>Counts labels, computes the <see cref="SecuritizationIndex"/> and ranks the cue terms.</summary>
    /// <param name="text">The document; the sentences' cue offsets index it.</param>
    /// <param name="sentences">Its scored sentences.</param>
    /// <param name="options">The index weight and the number of cues to keep.</param>
    public static DocumentSummary Summarize(string text, IReadOnlyList<ScoredSentence> sentences, DocumentScoringOptions options)
    {
        Span<int> counts = stackalloc int[3];
        counts.Clear();
        var classifications = new SentenceClassification[sentences.Count];
        var tallies = new Dictionary<(CueCategory, string), (int Order, int Count, double Strength)>();
        for (var i = 0; i < sentences.Count; i++)
        {
            var sentence = sentences[i];
            classifications[i] = sentence.Classification;
            counts[(int)sentence.Label]++;
            var notNeutral = sentence.Classification.SecuritizingMove + (double)sentence.Classification.ThreatFraming;
            foreach (var cue in sentence.Cues)
            {
                if (cue.IsNegated)
                {
                    continue;
                }

                var key = (cue.Category, TermOf(text.AsSpan(cue.Start, cue.Length)));
                tallies[key] = tallies.TryGetValue(key, out var tally)
                    ? (tally.Order, tally.Count + 1, tally.Strength + notNeutral)
                    : (tallies.Count, 1, notNeutral);
            }
        }

        // Ties keep the order of first appearance, so the ranking never depends on hashing.
        var strongest = tallies
            .OrderByDescending(t => t.Value.Strength)
            .ThenByDescending(t => t.Value.Count)
            .ThenBy(t => t.Value.Order)
            .Take(options.StrongestCueLimit)
            .Select(t => new CueTally(t.Key.Item1, t.Key.Item2, t.Value.Count, t.Value.Strength))
            .ToArray();

        return new DocumentSummary(
            sentences.Count,
            counts[(int)SpeechActLabel.Neutral],
            counts[(int)SpeechActLabel.ThreatFraming],
            counts[(int)SpeechActLabel.SecuritizingMove],
            SecuritizationIndex.Of(classifications, options.ThreatFramingWeight),
            strongest);
    }

    /// <summary>
    /// The tallied form of a cue's words: folded as the matcher folds them (<see cref="CaseFolding"/>: lower case, every
    /// typographic apostrophe and hyphen straightened, soft hyphens and other invisible characters dropped), and a
    /// possessive "'s" dropped, so "NATO’s", "NATOʼs" and "nato" are one cue.
    /// </summary>
    private static string TermOf(ReadOnlySpan<char> words)
    {
        var term = CaseFolding.Fold(words.ToString());
        return term.Length > 2 && term.EndsWith("'s", StringComparison.Ordinal) ? term[..^2] : term;
    }
}
