using System.Text;

namespace SpeechActClassifier.Rules;

/// <summary>
/// The terms and composite rules whose cues the classifiers look for: the embedded defaults
/// (<see cref="Default"/>), a file, a stream, or any mix of them. Immutable: <see cref="Add"/> and
/// <see cref="Replace"/> return new lexicons, so one instance can be shared across threads.
/// </summary>
/// <remarks>The file formats are documented in Rules/Lexicons/README.md of the source repository.</remarks>
public sealed class Lexicon
{
    private static readonly Lazy<Lexicon> DefaultLexicon = new(LoadDefault, LazyThreadSafetyMode.ExecutionAndPublication);

    private Lexicon(IReadOnlyList<LexiconEntry> entries, IReadOnlyList<CompositeRule> rules)
    {
        Entries = entries;
        Rules = rules;
    }

    /// <summary>The lexicon embedded in the library: one file per category, the blockers and the composite rules.</summary>
    /// <exception cref="LexiconFormatException">An embedded file is malformed (a build error, caught by the tests).</exception>
    public static Lexicon Default => DefaultLexicon.Value;

    /// <summary>A lexicon with no terms and no rules, to build a custom one from.</summary>
    public static Lexicon Empty { get; } = new([], []);

    /// <summary>Every concrete term (braces expanded), in the order they were read.</summary>
    public IReadOnlyList<LexiconEntry> Entries { get; }

    /// <summary>Every composite rule, in the order they were read.</summary>
    public IReadOnlyList<CompositeRule> Rules { get; }

    /// <summary>Reads a lexicon or rules file (UTF-8).</summary>
    /// <param name="path">The file to read; its path names the source in error messages.</param>
    /// <returns>The lexicon in the file.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is <see langword="null"/>.</exception>
    /// <exception cref="LexiconFormatException">A line is malformed or a term is repeated.</exception>
    public static Lexicon Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return Read(reader, path);
    }

    /// <summary>Reads a lexicon or rules file from a stream (UTF-8); the stream is left open.</summary>
    /// <param name="stream">The data to read.</param>
    /// <param name="sourceName">The name to use in error messages, e.g. a file or resource name.</param>
    /// <returns>The lexicon in the stream.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="LexiconFormatException">A line is malformed or a term is repeated.</exception>
    public static Lexicon Load(Stream stream, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(sourceName);
        using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 4096, leaveOpen: true);
        return Read(reader, sourceName);
    }

    /// <summary>Reads a lexicon or rules file held in a string.</summary>
    /// <param name="text">The file's text, header first.</param>
    /// <param name="sourceName">The name to use in error messages.</param>
    /// <returns>The lexicon in the text.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="LexiconFormatException">A line is malformed or a term is repeated.</exception>
    public static Lexicon Parse(string text, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(sourceName);
        using var reader = new StringReader(text);
        return Read(reader, sourceName);
    }

    /// <summary>Builds a lexicon from entries and rules made in code.</summary>
    /// <param name="entries">The terms.</param>
    /// <param name="rules">The composite rules.</param>
    /// <returns>A lexicon holding them; a later entry with the same term and category replaces an earlier one.</returns>
    /// <exception cref="ArgumentNullException">An argument or an element is <see langword="null"/>.</exception>
    public static Lexicon Create(IEnumerable<LexiconEntry> entries, IEnumerable<CompositeRule> rules)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(rules);
        return Empty.Merge(entries, rules);
    }

    /// <summary>
    /// Adds another lexicon to this one: its terms are added, a term with the same text and category (or a blocker
    /// with the same text) takes the other's weight and note, and its rules are appended.
    /// </summary>
    /// <param name="other">The terms and rules to add.</param>
    /// <returns>A new lexicon; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is <see langword="null"/>.</exception>
    public Lexicon Add(Lexicon other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Merge(other.Entries, other.Rules);
    }

    /// <summary>
    /// Replaces parts of this lexicon with another: every category that has a term in <paramref name="other"/>
    /// loses all of this lexicon's terms first (likewise the blockers), and if <paramref name="other"/> has rules
    /// they replace all of this lexicon's rules. Categories that <paramref name="other"/> leaves out are kept.
    /// </summary>
    /// <param name="other">The terms and rules that replace.</param>
    /// <returns>A new lexicon; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is <see langword="null"/>.</exception>
    public Lexicon Replace(Lexicon other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var replacedCategories = other.Entries.Where(e => !e.IsBlocker).Select(e => e.Category).ToHashSet();
        var replacesBlockers = other.Entries.Any(e => e.IsBlocker);
        var kept = Entries.Where(e => e.IsBlocker ? !replacesBlockers : !replacedCategories.Contains(e.Category));
        var keptRules = other.Rules.Count > 0 ? [] : Rules;
        return new Lexicon([.. kept], keptRules).Add(other);
    }

    /// <summary>The number of terms of one category (blockers not included).</summary>
    /// <param name="category">The category to count.</param>
    /// <returns>How many concrete terms signal it.</returns>
    public int Count(CueCategory category) => Entries.Count(e => !e.IsBlocker && e.Category == category);

    private Lexicon Merge(IEnumerable<LexiconEntry> entries, IEnumerable<CompositeRule> rules)
    {
        var merged = new List<LexiconEntry>(Entries);
        var index = new Dictionary<(string, CueCategory, bool), int>();
        for (var i = 0; i < merged.Count; i++)
        {
            index[(merged[i].Term, merged[i].Category, merged[i].IsBlocker)] = i;
        }

        foreach (var entry in entries)
        {
            ArgumentNullException.ThrowIfNull(entry, nameof(entries));
            var key = (entry.Term, entry.Category, entry.IsBlocker);
            if (index.TryGetValue(key, out var at))
            {
                merged[at] = entry;
            }
            else
            {
                index[key] = merged.Count;
                merged.Add(entry);
            }
        }

        var mergedRules = new List<CompositeRule>(Rules);
        foreach (var rule in rules)
        {
            ArgumentNullException.ThrowIfNull(rule, nameof(rules));
            mergedRules.Add(rule);
        }

        return new Lexicon(merged, mergedRules);
    }

    private static Lexicon Read(TextReader reader, string sourceName)
    {
        var parser = new LexiconParser();
        parser.Read(reader, sourceName);
        return new Lexicon([.. parser.Entries], [.. parser.Rules]);
    }

    /// <summary>Reads every embedded file with one parser, so a term repeated across two files is an error too.</summary>
    private static Lexicon LoadDefault()
    {
        var parser = new LexiconParser();
        foreach (var fileName in LexiconResources.FileNames)
        {
            using var stream = LexiconResources.Open(fileName);
            using var reader = new StreamReader(stream, Encoding.UTF8);
            parser.Read(reader, LexiconResources.ResourceName(fileName));
        }

        return new Lexicon([.. parser.Entries], [.. parser.Rules]);
    }
}
