namespace SpeechActClassifier.Model;

/// <summary>The FastTree settings of each one-versus-rest model; the rest of FastTree's options are fixed for determinism.</summary>
/// <param name="NumberOfTrees">Boosting rounds.</param>
/// <param name="NumberOfLeaves">Leaves per tree.</param>
/// <param name="MinimumExampleCountPerLeaf">Fewest training examples a leaf may hold.</param>
/// <param name="LearningRate">Shrinkage applied to each tree.</param>
/// <param name="UnbalancedSets">
/// FastTree's <c>UnbalancedSets</c>: weigh the rarer side of each one-versus-rest split up to the size of the other,
/// so a class of 17 sentences against 88 is not drowned out.
/// </param>
public sealed record FastTreeHyperParameters(int NumberOfTrees, int NumberOfLeaves, int MinimumExampleCountPerLeaf, double LearningRate, bool UnbalancedSets = false)
{
    /// <summary>FastTree's own default learning rate (0.2), the upper value of the grid.</summary>
    internal const double DefaultLearningRate = 0.2;

    /// <summary>A short form for logs and model cards, e.g. <c>trees=50 leaves=4 minLeaf=2 lr=0.2 unbalanced=on</c>.</summary>
    /// <returns>The settings as text.</returns>
    public override string ToString() =>
        FormattableString.Invariant($"trees={NumberOfTrees} leaves={NumberOfLeaves} minLeaf={MinimumExampleCountPerLeaf} lr={LearningRate} unbalanced={(UnbalancedSets ? "on" : "off")}");
}
