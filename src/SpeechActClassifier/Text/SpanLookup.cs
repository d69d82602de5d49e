using System.Collections.Frozen;

namespace SpeechActClassifier.Text;

/// <summary>
/// A frozen string-keyed dictionary looked up by a span of characters. On .NET 9 and later the lookup uses the
/// collection's span comparer and allocates nothing; on .NET 8, which lacks it, the key is copied to a string
/// first. Keeping that difference here leaves the callers free of conditional code.
/// </summary>
/// <typeparam name="TValue">The value type.</typeparam>
internal sealed class SpanLookup<TValue>
{
#if NET9_0_OR_GREATER
    private readonly FrozenDictionary<string, TValue>.AlternateLookup<ReadOnlySpan<char>> _lookup;
#else
    private readonly FrozenDictionary<string, TValue> _lookup;
#endif

    /// <summary>Freezes <paramref name="entries"/> with <paramref name="comparer"/> (ordinal or ordinal ignoring case).</summary>
    public SpanLookup(IEnumerable<KeyValuePair<string, TValue>> entries, StringComparer comparer)
    {
        var frozen = entries.ToFrozenDictionary(comparer);
#if NET9_0_OR_GREATER
        _lookup = frozen.GetAlternateLookup<ReadOnlySpan<char>>();
#else
        _lookup = frozen;
#endif
    }

    /// <summary>Finds the value of <paramref name="key"/>.</summary>
    public bool TryGetValue(ReadOnlySpan<char> key, out TValue value) =>
#if NET9_0_OR_GREATER
        _lookup.TryGetValue(key, out value!);
#else
        _lookup.TryGetValue(key.ToString(), out value!);
#endif

    /// <summary>True when <paramref name="key"/> is present.</summary>
    public bool Contains(ReadOnlySpan<char> key) => TryGetValue(key, out _);
}
