using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using SpeechActClassifier.Model;
using SpeechActClassifier.Text;

namespace SpeechActClassifier.Cli.Commands;

/// <summary>
/// <c>speechact score PATH... [--format text|jsonl] [--model PATH]</c>: splits text files into sentences and labels
/// each one, with its offsets, probabilities and cues.
/// </summary>
internal static class ScoreCommand
{
    /// <summary>Exit code for a successful run.</summary>
    private const int Success = 0;

    /// <summary>Exit code for a missing file or an unloadable model.</summary>
    private const int BadInput = 2;

    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var paths = new Argument<string[]>("path") { Description = "Text or Markdown files (one article each), or folders searched recursively for *.txt and *.md.", Arity = ArgumentArity.OneOrMore };
        var format = new Option<string>("--format") { Description = "Output: 'text' (readable, default) or 'jsonl' (one JSON object per sentence: file, index, start, length, label, probabilities, cues, text).", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "jsonl");
        var model = new Option<string?>("--model") { Description = "A speechact-model.zip to use; default: the model built into the library." };
        var command = new Command(
            "score",
            """
            Label every sentence of text files as SecuritizingMove, ThreatFraming or Neutral, with the cue words as evidence.
            Offsets are character (UTF-16) positions in the file's text.
            Examples:
              speechact score seeds/000_26efcdc4bda2b59b.txt
              speechact score articles/ --format jsonl > scores.jsonl
            Exit codes: 0 ok, 2 bad input (missing file, unloadable model) or usage.
            """)
        {
            paths,
            format,
            model,
        };
        command.SetAction(parseResult => Run(
            parseResult.GetValue(paths)!,
            parseResult.GetValue(format)!,
            parseResult.GetValue(model),
            parseResult.InvocationConfiguration.Output,
            parseResult.InvocationConfiguration.Error));
        return command;
    }

    private static int Run(string[] paths, string format, string? modelPath, TextWriter output, TextWriter error)
    {
        SecuritizationClassifier classifier;
        List<string> files;
        try
        {
            files = ExpandPaths(paths);
            classifier = modelPath is null ? SecuritizationClassifier.Default : SecuritizationClassifier.Load(modelPath);
        }
        catch (Exception ex) when (ex is ModelFormatException or FileNotFoundException or DirectoryNotFoundException)
        {
            error.WriteLine($"speechact score: {ex.Message}");
            return BadInput;
        }

        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            var sentences = SentenceSplitter.Split(text);
            if (format == "text")
            {
                output.WriteLine($"# {file}: {sentences.Count} sentences");
            }

            for (var i = 0; i < sentences.Count; i++)
            {
                var sentence = sentences[i];
                var analysis = classifier.Explain(text.Substring(sentence.Start, sentence.Length));
                if (format == "jsonl")
                {
                    WriteJsonLine(output, file, i, sentence, analysis);
                }
                else
                {
                    WriteText(output, i, sentence, analysis);
                }
            }
        }

        return Success;
    }

    /// <summary>Files in argument order; a folder contributes its *.txt and *.md files in ordinal path order.</summary>
    private static List<string> ExpandPaths(string[] paths)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                files.AddRange(Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(f => f.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
                    .Order(StringComparer.Ordinal));
            }
            else if (File.Exists(path))
            {
                files.Add(path);
            }
            else
            {
                throw new FileNotFoundException($"'{path}' is neither a file nor a folder.", path);
            }
        }

        return files;
    }

    private static void WriteText(TextWriter output, int index, Sentence sentence, SentenceAnalysis analysis)
    {
        var c = analysis.Classification;
        string P(float p) => p.ToString("F2", CultureInfo.InvariantCulture);
        output.WriteLine($"[{index}] {sentence.Start}+{sentence.Length}  {c.Label}  (SM {P(c.SecuritizingMove)}, TF {P(c.ThreatFraming)}, N {P(c.Neutral)})");
        output.WriteLine($"    {analysis.Sentence}");
        if (analysis.Cues.Count > 0)
        {
            var cues = analysis.Cues.Select(cue => $"{cue.Category}{(cue.IsNegated ? "(negated)" : string.Empty)}:\"{cue.Slice(analysis.Sentence)}\"");
            output.WriteLine($"    cues: {string.Join(", ", cues)}");
        }
    }

    private static void WriteJsonLine(TextWriter output, string file, int index, Sentence sentence, SentenceAnalysis analysis)
    {
        var c = analysis.Classification;
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("file", file);
            json.WriteNumber("index", index);
            json.WriteNumber("start", sentence.Start);
            json.WriteNumber("length", sentence.Length);
            json.WriteString("label", c.Label.ToString());
            json.WriteStartObject("probabilities");
            json.WriteNumber(nameof(SpeechActLabel.SecuritizingMove), c.SecuritizingMove);
            json.WriteNumber(nameof(SpeechActLabel.ThreatFraming), c.ThreatFraming);
            json.WriteNumber(nameof(SpeechActLabel.Neutral), c.Neutral);
            json.WriteEndObject();
            json.WriteStartArray("cues");
            foreach (var cue in analysis.Cues)
            {
                json.WriteStartObject();
                json.WriteString("category", cue.Category.ToString());
                json.WriteNumber("start", sentence.Start + cue.Start);
                json.WriteNumber("length", cue.Length);
                json.WriteBoolean("negated", cue.IsNegated);
                json.WriteString("text", cue.Slice(analysis.Sentence));
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteString("text", analysis.Sentence);
            json.WriteEndObject();
        }

        // One whole line per record: a reader of a stopped run never sees half an object.
        output.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
    }
}
