using System.Globalization;
using System.Text;

namespace SpeechActClassifier.Rules;

/// <summary>
/// Reads the two documented TSV formats of Rules/Lexicons/README.md: term files
/// (<c>term, category, weight, note</c>) and rules files (<c>result, left, link, right, window, scope, weight, note</c>).
/// The header line says which format a source is in.
/// </summary>
internal sealed class LexiconParser
{
    /// <summary>The header of a term file.</summary>
    public const string TermHeader = "term\tcategory\tweight\tnote";

    /// <summary>The header of a rules file.</summary>
    public const string RuleHeader = "result\tleft\tlink\tright\twindow\tscope\tweight\tnote";

    /// <summary>The category column value of a blocker row.</summary>
    public const string BlockerCategory = "Block";

    /// <summary>The link column value of a rule with no link word.</summary>
    public const string NoLink = "-";

    private readonly List<LexiconEntry> _entries = [];
    private readonly List<CompositeRule> _rules = [];
    private readonly Dictionary<(string Term, CueCategory Category, bool IsBlocker), string> _seen = [];

    public IReadOnlyList<LexiconEntry> Entries => _entries;

    public IReadOnlyList<CompositeRule> Rules => _rules;

    /// <summary>Lists the valid category names for error messages.</summary>
    public static string ValidCategoryNames =>
        string.Join(", ", Enum.GetNames<CueCategory>()) + ", or " + BlockerCategory + " for a blocker";

    /// <summary>Reads one source; a term already read from any earlier source of this parser is a duplicate.</summary>
    public void Read(TextReader reader, string sourceName)
    {
        var lineNumber = 0;
        string? header = null;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (lineNumber == 1 && line.Length > 0 && line[0] == '\uFEFF')
            {
                line = line[1..];
            }

            if (line.Length == 0 || line[0] == '#' || string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            if (header is null)
            {
                header = line.TrimEnd();
                if (header != TermHeader && header != RuleHeader)
                {
                    ThrowHelper.ThrowFormat(sourceName, lineNumber, $"the first line that is not a comment must be the header '{Escape(TermHeader)}' or '{Escape(RuleHeader)}', not '{Escape(header)}'.");
                }

                continue;
            }

            var fields = line.Split('\t');
            if (header == TermHeader)
            {
                ReadTerm(fields, sourceName, lineNumber);
            }
            else
            {
                ReadRule(fields, sourceName, lineNumber);
            }
        }

        if (header is null)
        {
            ThrowHelper.ThrowFormat(sourceName, 0, $"the source is empty: it needs the header '{Escape(TermHeader)}' or '{Escape(RuleHeader)}'.");
        }
    }

    private void ReadTerm(string[] fields, string sourceName, int lineNumber)
    {
        if (fields.Length is < 3 or > 4)
        {
            ThrowHelper.ThrowFormat(sourceName, lineNumber, $"expected 3 or 4 tab-separated fields (term, category, weight, note) but found {fields.Length}.");
        }

        var pattern = fields[0].Trim();
        if (pattern.Length == 0)
        {
            ThrowHelper.ThrowFormat(sourceName, lineNumber, "the term is empty.");
        }

        var isBlocker = string.Equals(fields[1].Trim(), BlockerCategory, StringComparison.OrdinalIgnoreCase);
        var category = isBlocker ? default : ParseCategory(fields[1], sourceName, lineNumber);
        var weight = ParseWeight(fields[2], sourceName, lineNumber);
        var note = fields.Length == 4 ? fields[3].Trim() : string.Empty;

        foreach (var term in ExpandBraces(pattern, sourceName, lineNumber))
        {
            // The entry checks the term's words once; its refusal becomes an error naming the file and line.
            LexiconEntry entry;
            try
            {
                entry = new LexiconEntry(term, category, weight, isBlocker, note);
            }
            catch (ArgumentException ex) when (ex.ParamName == "term")
            {
                throw new LexiconFormatException(sourceName, lineNumber, LexiconEntry.WordCountProblem(term));
            }

            var key = (entry.Term, entry.Category, entry.IsBlocker);
            var here = $"{sourceName}({lineNumber})";
            if (!_seen.TryAdd(key, here))
            {
                ThrowHelper.ThrowFormat(sourceName, lineNumber, $"the term '{entry.Term}' ({(isBlocker ? BlockerCategory : category.ToString())}) is a duplicate of {_seen[key]}.");
            }

            _entries.Add(entry);
        }
    }

    private void ReadRule(string[] fields, string sourceName, int lineNumber)
    {
        if (fields.Length is < 7 or > 8)
        {
            ThrowHelper.ThrowFormat(sourceName, lineNumber, $"expected 7 or 8 tab-separated fields (result, left, link, right, window, scope, weight, note) but found {fields.Length}.");
        }

        var result = ParseCategory(fields[0], sourceName, lineNumber);
        var left = ParseCategory(fields[1], sourceName, lineNumber);
        var link = fields[2].Trim();
        if (link.Length == 0 || link.Contains(' ', StringComparison.Ordinal))
        {
            ThrowHelper.ThrowFormat(sourceName, lineNumber, $"the link must be one word, or '{NoLink}' for none, not '{link}'.");
        }

        var right = ParseCategory(fields[3], sourceName, lineNumber);
        if (!int.TryParse(fields[4].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var window))
        {
            ThrowHelper.ThrowFormat(sourceName, lineNumber, $"the window '{fields[4].Trim()}' is not a whole number of tokens (0 or more).");
        }

        if (!Enum.TryParse<RuleScope>(fields[5].Trim(), ignoreCase: true, out var scope) || !Enum.IsDefined(scope) || char.IsDigit(fields[5].Trim()[0]))
        {
            ThrowHelper.ThrowFormat(sourceName, lineNumber, $"unknown scope '{fields[5].Trim()}'; valid scopes are {string.Join(", ", Enum.GetNames<RuleScope>())}.");
        }

        var weight = ParseWeight(fields[6], sourceName, lineNumber);
        var note = fields.Length == 8 ? fields[7].Trim() : string.Empty;
        _rules.Add(new CompositeRule(result, left, link == NoLink ? string.Empty : link, right, window, scope, weight, note));
    }

    private static CueCategory ParseCategory(string field, string sourceName, int lineNumber)
    {
        var name = field.Trim();
        var category = default(CueCategory);
        if (name.Length == 0 || !char.IsLetter(name[0]) || !Enum.TryParse(name, ignoreCase: true, out category) || !Enum.IsDefined(category))
        {
            ThrowHelper.ThrowFormat(sourceName, lineNumber, $"unknown category '{name}'; valid categories are {ValidCategoryNames}.");
        }

        return category;
    }

    private static float ParseWeight(string field, string sourceName, int lineNumber)
    {
        var text = field.Trim();
        if (!float.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var weight) || !float.IsFinite(weight))
        {
            ThrowHelper.ThrowFormat(sourceName, lineNumber, $"the weight '{text}' is not a number (use a dot for decimals, e.g. 0.5).");
        }

        return weight;
    }

    /// <summary>
    /// Expands brace groups: <c>threat{,s,en,ened}</c> gives threat, threats, threaten, threatened. Several groups
    /// in one pattern multiply (<c>close{,s,d} the border{,s}</c> gives six phrases). Groups do not nest.
    /// </summary>
    internal static List<string> ExpandBraces(string pattern, string sourceName, int lineNumber)
    {
        var results = new List<string> { string.Empty };
        var i = 0;
        while (i < pattern.Length)
        {
            var open = pattern.IndexOf('{', i);
            var stray = pattern.IndexOf('}', i);
            if (stray >= 0 && (open < 0 || stray < open))
            {
                ThrowHelper.ThrowFormat(sourceName, lineNumber, $"the term '{pattern}' has a '}}' with no '{{' before it.");
            }

            if (open < 0)
            {
                Append(results, pattern[i..]);
                break;
            }

            var close = pattern.IndexOf('}', open + 1);
            var nested = pattern.IndexOf('{', open + 1);
            if (close < 0 || (nested >= 0 && nested < close))
            {
                ThrowHelper.ThrowFormat(sourceName, lineNumber, $"the term '{pattern}' has an unclosed or nested '{{'.");
            }

            Append(results, pattern[i..open]);
            var options = pattern[(open + 1)..close].Split(',');
            var expanded = new List<string>(results.Count * options.Length);
            foreach (var prefix in results)
            {
                foreach (var option in options)
                {
                    expanded.Add(prefix + option.Trim());
                }
            }

            results = expanded;
            i = close + 1;
        }

        for (var k = 0; k < results.Count; k++)
        {
            results[k] = CollapseSpaces(results[k]);
        }

        return results;
    }

    private static void Append(List<string> results, string text)
    {
        for (var k = 0; k < results.Count; k++)
        {
            results[k] += text;
        }
    }

    private static string CollapseSpaces(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var part in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (builder.Length > 0)
            {
                builder.Append(' ');
            }

            builder.Append(part);
        }

        return builder.ToString();
    }

    private static string Escape(string text) => text.Replace("\t", "\\t", StringComparison.Ordinal);
}
