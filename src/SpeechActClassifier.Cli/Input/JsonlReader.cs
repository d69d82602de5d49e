using System.Globalization;
using System.Text.Json;

namespace SpeechActClassifier.Cli.Input;

/// <summary>
/// A <c>.jsonl</c> file: one JSON object per line, the text in <see cref="InputOptions.TextField"/> and the id in
/// <see cref="InputOptions.IdField"/>. Blank lines are skipped; every other line is one record, even when it is
/// not JSON, lacks the text field, or is not UTF-8.
/// </summary>
internal static class JsonlReader
{
    /// <summary>The records of <paramref name="stream"/>, named <paramref name="source"/> in ids and errors.</summary>
    public static IEnumerable<InputRecord> Read(Stream stream, string source, InputOptions options)
    {
        foreach (var line in Utf8LineReader.Read(stream))
        {
            var fallbackId = $"{source}:{line.Number}";
            if (line.Text is null)
            {
                yield return InputRecord.Failed(fallbackId, source, line.Number, $"{source}:{line.Number}: {line.Error}", line.Bytes);
                continue;
            }

            if (string.IsNullOrWhiteSpace(line.Text))
            {
                continue;
            }

            yield return Parse(line.Text, source, line.Number, fallbackId, line.Bytes, options);
        }
    }

    private static InputRecord Parse(string json, string source, long number, string fallbackId, long bytes, InputOptions options)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException ex)
        {
            return InputRecord.Failed(fallbackId, source, number, $"{source}:{number}: not valid JSON ({ex.Message})", bytes);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return InputRecord.Failed(fallbackId, source, number, $"{source}:{number}: expected a JSON object, found {root.ValueKind}", bytes);
            }

            var id = root.TryGetProperty(options.IdField, out var idValue) ? AsId(idValue) ?? fallbackId : fallbackId;
            if (!root.TryGetProperty(options.TextField, out var textValue))
            {
                return InputRecord.Failed(id, source, number, $"{source}:{number}: field \"{options.TextField}\" is missing", bytes);
            }

            if (textValue.ValueKind != JsonValueKind.String)
            {
                return InputRecord.Failed(id, source, number, $"{source}:{number}: field \"{options.TextField}\" is {textValue.ValueKind}, not a string", bytes);
            }

            var text = textValue.GetString()!;
            return string.IsNullOrWhiteSpace(text)
                ? InputRecord.Failed(id, source, number, $"{source}:{number}: field \"{options.TextField}\" is empty", bytes)
                : InputRecord.Ok(id, source, number, text, bytes);
        }
    }

    private static string? AsId(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number => value.GetRawText(),
        _ => null,
    };
}
