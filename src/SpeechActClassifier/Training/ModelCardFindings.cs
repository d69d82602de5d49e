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

        var rules = run.Comparisons.FirstOrDefault(c => c.Name == new Evaluation.RuleBasedBaseline().Name);
        text.Append('\n');
        if (rules is not null && rules.CrossDocumentMacroF1 >= ours.CrossDocumentMacroF1)
        {
            AppendRulesExplanation(text);
        }

        text.Append("Caveats: the seeds are 105 sentences from two academic texts on one topic (NATO and Russia), so a held-out document ");
        text.Append("leaves 36-69 training sentences and 17 ThreatFraming examples in all; every figure moves by several points with a ");
        text.Append("handful of sentences. Hashed n-grams learn the seed documents' vocabulary (NATO, Russia, securitization), which does ");
        text.Append(run.Chosen.Options.UseHashedNgrams
            ? "not transfer to speeches and news; the search still kept them because they helped on the seed folds. "
            : "not transfer to speeches and news; the search dropped them. ");
        text.Append("Trust the development-set figures, not the seed cross-validation, for unseen text.\n\n");
        text.Append("History: the rule-decision and cue-weight features and the UnbalancedSets and learning-rate dimensions were added after earlier versions ");
        text.Append("(cue counts and n-grams only) trailed the rules on the seeds and on the development set, and the search criterion was ");
        text.Append("changed from the mean of CV and cross-document macro-F1 to cross-document first (as the project brief asks) after ");
        text.Append("development-set figures of both had been seen. So the development set has informed the design a little; it was ");
        text.Append("never trained on and is never read by the search.\n");
        return text.ToString();
    }

    private static void AppendRulesExplanation(StringBuilder text)
    {
        text.Append("Why the rule-based baseline leads on the seeds: it learns nothing from the folds. Its lexicons and ");
        text.Append("thresholds were written while reading both seed documents and the codebook, so its seed figures (cross-validation ");
        text.Append("and cross-document alike) are in-sample, not held out; only the development set is unseen by both. This model ");
        text.Append("receives the rules' decision as a feature, so the gap is what its trees change: trained on 36 to 105 sentences, ");
        text.Append("they override the rules for reasons specific to the seed texts at least as often as they fix them.\n\n");
    }
}
