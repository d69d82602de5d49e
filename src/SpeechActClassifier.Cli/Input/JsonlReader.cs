using System.Globalization;
using System.Text.Json;

namespace SpeechActClassifier.Cli.Input;

/// <summary>
/// A <c>.jsonl</c> file: one JSON object per line, the text in <see cref="InputOptions.TextField"/> and the id in
/// <see cref="InputOptions.IdField"/>. Blank lines are skipped; every other line is one record, even when it is
/// not JSON, lacks the text field, or is not UTF-8. A <c>\uXXXX</c> escape of a lone surrogate, in any name or value,
/// becomes U+FFFD (see <see cref="JsonString"/>); a byte order mark at the start of any line is skipped.
/// </summary>
internal static class JsonlReader
{
    private const char ByteOrderMark = '\uFEFF';

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

            yield return RecordGuard.Run(
                () => Parse(line.Text, source, line.Number, fallbackId, line.Bytes, options),
                problem => InputRecord.Failed(fallbackId, source, line.Number, $"{source}:{line.Number}: {problem}", line.Bytes));
        }
    }

    private static InputRecord Parse(string json, string source, long number, string fallbackId, long bytes, InputOptions options)
    {
        JsonDocument document;
        try
        {
            // Files concatenated with `cat` keep each one's byte order mark at the start of a line.
            document = JsonDocument.Parse(json.AsMemory().TrimStart(ByteOrderMark));
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

            // Names are compared after decoding them without throwing (TryGetProperty throws on a lone-surrogate
            // escape in any name); of duplicate names the last counts, as in TryGetProperty, JavaScript and Python.
            JsonElement? idValue = null;
            JsonElement? textValue = null;
            foreach (var property in root.EnumerateObject())
            {
                var name = JsonString.Name(property);
                idValue = name == options.IdField ? property.Value : idValue;
                textValue = name == options.TextField ? property.Value : textValue;
            }

            var id = idValue is { } idElement ? AsId(idElement) ?? fallbackId : fallbackId;
            if (textValue is not { } textElement)
            {
                return InputRecord.Failed(id, source, number, $"{source}:{number}: field \"{options.TextField}\" is missing", bytes);
            }

            if (textElement.ValueKind != JsonValueKind.String)
            {
                return InputRecord.Failed(id, source, number, $"{source}:{number}: field \"{options.TextField}\" is {textElement.ValueKind}, not a string", bytes);
            }

            var text = JsonString.Read(textElement);
            return string.IsNullOrWhiteSpace(text)
                ? InputRecord.Failed(id, source, number, $"{source}:{number}: field \"{options.TextField}\" is empty", bytes)
                : InputRecord.Ok(id, source, number, text, bytes);
        }
    }

    private static string? AsId(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => JsonString.Read(value),
        JsonValueKind.Number => value.GetRawText(),
        _ => null,
    };
}
