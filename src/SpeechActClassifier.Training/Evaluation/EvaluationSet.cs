
namespace SpeechActClassifier.Training;

/// <summary>
/// Labelled sentences prepared for figures with bootstrap intervals: their gold labels, the document resamples of
/// the whole set, and those of each source kind (UN speeches, BBC, news wire, seed texts) for per-source figures.
/// </summary>
internal sealed class EvaluationSet
{
    private EvaluationSet(IReadOnlyList<SpeechActLabel> gold, ClusterBootstrap bootstrap, IReadOnlyList<(string Kind, int[] Sentences, ClusterBootstrap Bootstrap)> kinds)
    {
        Gold = gold;
        Bootstrap = bootstrap;
        Kinds = kinds;
    }

    /// <summary>Per sentence, the gold label.</summary>
    public IReadOnlyList<SpeechActLabel> Gold { get; }

    /// <summary>Resamples of the set's documents.</summary>
    public ClusterBootstrap Bootstrap { get; }

    /// <summary>Per source kind, in order of first appearance: its sentences' indices and the resamples of its documents.</summary>
    public IReadOnlyList<(string Kind, int[] Sentences, ClusterBootstrap Bootstrap)> Kinds { get; }

    /// <summary>Prepares <paramref name="sentences"/>, whose source kinds are <paramref name="kinds"/>, with bootstrap draws from <paramref name="seed"/>.</summary>
    public static EvaluationSet Create(IReadOnlyList<LabelledSentence> sentences, IReadOnlyList<string> kinds, int seed)
    {
        var sources = sentences.Select(s => s.Source).ToArray();
        var byKind = kinds.Select((kind, i) => (kind, i)).GroupBy(k => k.kind, StringComparer.Ordinal)
            .Select(g =>
            {
                var members = g.Select(k => k.i).ToArray();
                return (g.Key, members, ClusterBootstrap.OverSources(members.Select(i => sources[i]).ToArray(), ClusterBootstrap.DefaultResamples, seed));
            })
            .ToArray();
        return new EvaluationSet(sentences.Select(s => s.Label).ToArray(), ClusterBootstrap.OverSources(sources, ClusterBootstrap.DefaultResamples, seed), byKind);
    }
}
