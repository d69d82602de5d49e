using System.Globalization;
using System.Text;

namespace SpeechActClassifier.Training;

/// <summary>The model card's comparison paragraph: whether this model beats each baseline on cross-document macro-F1, stated from the figures.</summary>
internal static class ModelCardFindings
{
    /// <summary>One bullet per baseline, then the caveats that hold for every run on two seed documents.</summary>
    public static string Summarize(TrainingRunResult run)
    {
        var ours = run.Comparisons.Single(c => c.Name == new Evaluation.FastTreeCandidate(run.Chosen.Options).Name);
        var text = new StringBuilder();
        foreach (var baseline in run.Comparisons.Where(c => c != ours))
        {
            var verdict = ours.CrossDocumentMacroF1 > baseline.CrossDocumentMacroF1 ? "beats" : "does NOT beat";
            text.Append(CultureInfo.InvariantCulture, $"- Ours {verdict} `{baseline.Name}` on cross-document macro-F1 ({ours.CrossDocumentMacroF1:F3} vs {baseline.CrossDocumentMacroF1:F3})");
            if (ours.Dev is not null && baseline.Dev is not null)
            {
                text.Append(CultureInfo.InvariantCulture, $"; on the development set {ours.Dev.MacroF1:F3} vs {baseline.Dev.MacroF1:F3}");
            }

            text.Append(".\n");
        }

        text.Append('\n');
        text.Append("Caveats: the seeds are 105 sentences from two academic texts on one topic (NATO and Russia), so a held-out document ");
        text.Append("leaves 40-70 training sentences and 17 ThreatFraming examples in all; every figure moves by several points with a ");
        text.Append("handful of sentences. Hashed n-grams learn the seed documents' vocabulary (NATO, Russia, securitization), which does ");
        text.Append("not transfer to speeches and news; the cue features carry what does transfer, which is why the development-set ");
        text.Append("figures, not the seed cross-validation, are the ones to trust for unseen text.\n");
        return text.ToString();
    }
}
