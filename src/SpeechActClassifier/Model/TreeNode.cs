using System.Runtime.InteropServices;

namespace SpeechActClassifier.Model;

/// <summary>
/// One internal node of a flattened regression tree, 16 bytes, so four share a cache line and a walk touches one
/// line per level or less.
/// </summary>
/// <param name="Feature">Index of the feature the node tests.</param>
/// <param name="Threshold">Go left when the feature is at most this value (ML.NET's rule), right otherwise.</param>
/// <param name="Left">The next node: an index into the node array, or <c>~leaf</c> (negative) for an index into the leaf values.</param>
/// <param name="Right">As <paramref name="Left"/>, for the other branch.</param>
[StructLayout(LayoutKind.Sequential, Pack = 4)]
internal readonly record struct TreeNode(int Feature, float Threshold, int Left, int Right);
