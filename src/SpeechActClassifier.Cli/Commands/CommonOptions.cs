using System.CommandLine;
using SpeechActClassifier.Cli.Input;
using SpeechActClassifier.Documents;
using SpeechActClassifier.Model;

namespace SpeechActClassifier.Cli.Commands;

/// <summary>Options that several commands share, defined once so they read the same everywhere.</summary>
internal static class CommonOptions
{
    /// <summary><c>--model PATH</c>.</summary>
    public static Option<string?> Model() => new("--model") { Description = "A speechact-model.bin to use (from `speechact train`); default: the model built into the library." };

    /// <summary><c>--quiet</c>.</summary>
    private static Option<bool> Quiet() => new("--quiet", "-q") { Description = "No progress bar (it is shown only when stderr is a terminal anyway)." };

    /// <summary><c>--text-field</c>, <c>--id-field</c>, <c>--text-column</c>, <c>--id-column</c>.</summary>
    private static (Option<string> TextField, Option<string> IdField, Option<string> TextColumn, Option<string> IdColumn) InputFields() =>
    (
        new("--text-field") { Description = "JSONL: the property holding the text.", DefaultValueFactory = _ => "text" },
        new("--id-field") { Description = "JSONL: the property holding the id (default id: FILE:LINE).", DefaultValueFactory = _ => "id" },
        new("--text-column") { Description = "CSV/TSV: the header of the text column.", DefaultValueFactory = _ => "text" },
        new("--id-column") { Description = "CSV/TSV: the header of the id column (default id: FILE:LINE).", DefaultValueFactory = _ => "id" }
    );

    /// <summary><c>--threat-framing-weight</c> and <c>--strongest-cues</c>: how each article is summarized.</summary>
    private static (Option<double> Weight, Option<int> StrongestCues) Summary() =>
    (
        new("--threat-framing-weight") { Description = "Weight of a threat framing in the securitization index, 0 to 1 (0: share of securitizing moves; 1: share of non-neutral sentences).", DefaultValueFactory = _ => SecuritizationIndex.ThreatFramingWeight },
        new("--strongest-cues") { Description = "How many cue terms each article's summary lists.", DefaultValueFactory = _ => DocumentSummary.StrongestCueLimit }
    );

    /// <summary>Reads the summary options from a parse result.</summary>
    private static DocumentScoringOptions ReadSummaryOptions(ParseResult parse, (Option<double> Weight, Option<int> StrongestCues) summary) =>
        new() { ThreatFramingWeight = parse.GetValue(summary.Weight), StrongestCueLimit = parse.GetValue(summary.StrongestCues) };

    /// <summary>Reads the input options from a parse result.</summary>
    private static InputOptions ReadInputOptions(ParseResult parse, (Option<string> TextField, Option<string> IdField, Option<string> TextColumn, Option<string> IdColumn) fields) =>
        new(parse.GetValue(fields.TextField)!, parse.GetValue(fields.IdField)!, parse.GetValue(fields.TextColumn)!, parse.GetValue(fields.IdColumn)!);

    /// <summary>
    /// The options <c>score</c> and <c>report</c> share (which model, progress, cores, where the text sits, how
    /// articles are summarized), defined and read in one place so both commands accept them alike.
    /// </summary>
    public sealed class ArticleOptions
    {
        private readonly Option<string?> _model = Model();
        private readonly Option<bool> _quiet = Quiet();
        private readonly Option<int> _parallel = new("--parallel", "-p") { Description = "Score on N cores; the output is the same, in the same order, as on one.", DefaultValueFactory = _ => 1 };
        private readonly (Option<string> TextField, Option<string> IdField, Option<string> TextColumn, Option<string> IdColumn) _fields = InputFields();
        private readonly (Option<double> Weight, Option<int> StrongestCues) _summary = Summary();

        /// <summary>Creates the options; <c>--parallel</c> below 1 is a usage error.</summary>
        public ArticleOptions()
        {
            _parallel.Validators.Add(result =>
            {
                if (result.GetValueOrDefault<int>() < 1)
                {
                    result.AddError("--parallel must be at least 1.");
                }
            });
        }

        /// <summary>Adds every option to <paramref name="command"/>.</summary>
        public void AddTo(Command command)
        {
            Option[] options = [_parallel, _model, _quiet, _fields.TextField, _fields.IdField, _fields.TextColumn, _fields.IdColumn, _summary.Weight, _summary.StrongestCues];
            foreach (var option in options)
            {
                command.Options.Add(option);
            }
        }

        /// <summary>The values given on the command line.</summary>
        public ArticleSettings Read(ParseResult parse) => new(
            parse.GetValue(_model),
            parse.GetValue(_quiet),
            parse.GetValue(_parallel),
            ReadInputOptions(parse, _fields),
            ReadSummaryOptions(parse, _summary));
    }

    /// <summary>The values of <see cref="ArticleOptions"/> for one run.</summary>
    /// <param name="ModelPath">The <c>--model</c> bundle, or <see langword="null"/> for the embedded model.</param>
    /// <param name="Quiet">True for no progress bar.</param>
    /// <param name="Workers">The number of cores to score on.</param>
    /// <param name="Input">Where the text and id sit in structured inputs.</param>
    /// <param name="Summary">How each article is summarized.</param>
    public sealed record ArticleSettings(string? ModelPath, bool Quiet, int Workers, InputOptions Input, DocumentScoringOptions Summary);

    /// <summary>
    /// What <c>score</c> and <c>report</c> check before they write anything: the summary options, the input paths (and
    /// that they hold at least one input file) and the model. A problem is reported on <paramref name="error"/> as
    /// <c>speechact COMMAND: message</c>.
    /// </summary>
    /// <returns>True when the run can start; false means exit with <see cref="ExitCodes.BadInput"/>.</returns>
    public static bool TryPrepare(string command, string[] paths, string? modelPath, DocumentScoringOptions summary, TextWriter error, out List<string> files, out SecuritizationClassifier classifier)
    {
        files = [];
        classifier = null!;
        try
        {
            summary.Validate();
            files = InputFiles.Expand(paths);
            if (files.Count == 0)
            {
                error.WriteLine($"speechact {command}: {InputFiles.NoRecords(paths, 0)}");
                return false;
            }

            classifier = LoadClassifier(modelPath);
            return true;
        }
        catch (ArgumentOutOfRangeException)
        {
            error.WriteLine($"speechact {command}: --threat-framing-weight must lie in [0, 1] and --strongest-cues must not be negative.");
        }
        catch (Exception ex) when (ex is ModelFormatException or IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"speechact {command}: {ex.Message}");
        }

        return false;
    }

    /// <summary>The classifier for <c>--model</c>: the embedded one, or the bundle at the path.</summary>
    /// <exception cref="ModelFormatException">The bundle is missing or cannot be loaded.</exception>
    public static SecuritizationClassifier LoadClassifier(string? modelPath) =>
        modelPath is null ? SecuritizationClassifier.Default : SecuritizationClassifier.Load(modelPath);
}
