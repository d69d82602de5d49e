namespace SpeechActClassifier.Model;

/// <summary>The ways <see cref="CompiledForest"/> can lay out trees, fastest first.</summary>
internal enum TreeLayoutKind
{
    /// <summary>Lookup tables indexed by feature ranks: <see cref="RankTables"/>, for trees testing up to four features.</summary>
    RankTables,

    /// <summary>Bit vectors evaluated feature by feature: <see cref="BitvectorTrees"/>, for trees of up to 64 leaves.</summary>
    Bitvectors,

    /// <summary>Linked nodes walked root to leaf: <see cref="LinkedTrees"/>, for any tree.</summary>
    Linked,
}
