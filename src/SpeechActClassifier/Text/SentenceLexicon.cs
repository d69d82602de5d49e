using System.Collections.Frozen;
using System.Reflection;

namespace SpeechActClassifier.Text;

/// <summary>
/// The word lists the sentence splitter reads: known abbreviations, words that often start a sentence and words
/// that cannot end a line. All are embedded text files (<c>Text/abbreviations.txt</c>, <c>Text/sentence-starters.txt</c>,
/// <c>Text/joining-words.txt</c>), loaded once,
/// lazily and thread-safely, and looked up by span without allocating.
/// </summary>
internal sealed class SentenceLexicon
{
    /// <summary>Logical name of the embedded abbreviation list.</summary>
    public const string AbbreviationsResource = "SpeechActClassifier.Text.abbreviations.txt";

    /// <summary>Logical name of the embedded sentence-starter list.</summary>
    public const string StartersResource = "SpeechActClassifier.Text.sentence-starters.txt";

    /// <summary>Logical name of the embedded list of words that cannot end a line of prose.</summary>
    public const string JoiningWordsResource = "SpeechActClassifier.Text.joining-words.txt";

    private static readonly Lazy<SentenceLexicon> Loaded = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly SpanLookup<AbbreviationKind> _abbreviations;
    private readonly SpanLookup<bool> _starters;
    private readonly SpanLookup<bool> _joiningWords;

    private SentenceLexicon(
        FrozenDictionary<string, AbbreviationKind> abbreviations, FrozenSet<string> starters, FrozenSet<string> joiningWords)
    {
        _abbreviations = new SpanLookup<AbbreviationKind>(abbreviations, (StringComparer)abbreviations.Comparer);
        _starters = new SpanLookup<bool>(starters.Select(word => KeyValuePair.Create(word, true)), (StringComparer)starters.Comparer);
        _joiningWords = new SpanLookup<bool>(joiningWords.Select(word => KeyValuePair.Create(word, true)), (StringComparer)joiningWords.Comparer);
    }

    /// <summary>The lists embedded in this assembly.</summary>
    public static SentenceLexicon Instance => Loaded.Value;

    /// <summary>The kind of <paramref name="word"/> (written without its final dot), or <see cref="AbbreviationKind.None"/>.</summary>
    public AbbreviationKind Abbreviation(ReadOnlySpan<char> word) =>
        _abbreviations.TryGetValue(word, out var kind) ? kind : AbbreviationKind.None;

    /// <summary>True when <paramref name="word"/> often starts a sentence ("The", "However").</summary>
    public bool IsStarter(ReadOnlySpan<char> word) => _starters.Contains(word);

    /// <summary>True when <paramref name="word"/> cannot end a line of prose ("the", "of"), so the line continues.</summary>
    public bool IsJoiningWord(ReadOnlySpan<char> word) => _joiningWords.Contains(word);

    private static SentenceLexicon Load()
    {
        var abbreviations = new Dictionary<string, AbbreviationKind>(StringComparer.Ordinal);
        foreach (var line in ReadLines(AbbreviationsResource))
        {
            var fields = line.Split('\t');
            if (fields.Length != 2 || !Enum.TryParse<AbbreviationKind>(fields[1], ignoreCase: true, out var kind) || kind == AbbreviationKind.None)
            {
                throw new InvalidDataException(
                    $"Bad line in embedded resource '{AbbreviationsResource}': \"{line}\". Expected an abbreviation, a tab and one of title, inner, number, ambiguous.");
            }

            abbreviations[fields[0]] = kind;
        }

        var starters = ReadLines(StartersResource).ToFrozenSet(StringComparer.Ordinal);
        var joiningWords = ReadLines(JoiningWordsResource).ToFrozenSet(StringComparer.Ordinal);
        return new SentenceLexicon(abbreviations.ToFrozenDictionary(StringComparer.Ordinal), starters, joiningWords);
    }

    private static List<string> ReadLines(string resourceName)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException(
                $"Embedded resource '{resourceName}' is missing from {Assembly.GetExecutingAssembly().GetName().Name}. "
                + "Restore the file under src/SpeechActClassifier/Text/ and keep the <EmbeddedResource Include=\"Text/*.txt\" "
                + "LogicalName=\"SpeechActClassifier.Text.%(Filename)%(Extension)\" /> item in SpeechActClassifier.csproj.");
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            var trimmed = line.Trim();
            if (trimmed.Length > 0 && trimmed[0] != '#')
            {
                lines.Add(trimmed);
            }
        }

        return lines;
    }
}
