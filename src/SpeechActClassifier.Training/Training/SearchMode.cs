namespace SpeechActClassifier.Training;

/// <summary>How much <c>speechact train</c> searches before it trains the final model.</summary>
public enum SearchMode
{
    /// <summary>
    /// The default: a few settings on one grouped 5-fold split, the rules and the SDCA text pipeline as baselines;
    /// minutes on a laptop for a few thousand sentences.
    /// </summary>
    Quick,

    /// <summary>
    /// A larger grid on repeated grouped 5-fold cross-validation (5 x 5), every baseline including FeaturizeText with
    /// FastTree, and the learning curve: how the embedded model is built. About an hour on two cores for 3,656 sentences.
    /// </summary>
    Full,
}
