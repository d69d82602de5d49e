namespace SpeechActClassifier.Model;

/// <summary>
/// One regression tree as arrays: its internal nodes, root first, and the values of its leaves already multiplied by
/// the tree's weight in the ensemble (the same double product ML.NET forms per prediction).
/// </summary>
/// <param name="Nodes">Internal nodes; a child is a later node's index, or <c>~leaf</c> (negative) for a leaf.</param>
/// <param name="Leaves">Weighted leaf values; a binary tree has one more leaf than internal nodes.</param>
internal sealed record FlatTree(TreeNode[] Nodes, double[] Leaves);
