using System.Text;

namespace SpeechActClassifier.Cli.Input;

/// <summary>A <c>.txt</c> or <c>.md</c> file is one article: its whole text, decoded as strict UTF-8.</summary>
internal static class TextFileReader
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The one record of the file at <paramref name="path"/>.</summary>
    public static InputRecord Read(string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return InputRecord.Failed(path, path, 1, $"{path}: cannot be read ({ex.Message})", 0);
        }

        var body = bytes.AsSpan();
        if (body.StartsWith(Encoding.UTF8.Preamble))
        {
            body = body[Encoding.UTF8.Preamble.Length..];
        }

        string text;
        try
        {
            text = Strict.GetString(body);
        }
        catch (DecoderFallbackException ex)
        {
            var line = 1 + body[..Math.Min(ex.Index, body.Length)].Count((byte)'\n');
            return InputRecord.Failed(path, path, 1, $"{path}:{line}: invalid UTF-8 at byte {ex.Index}", bytes.Length);
        }

        return string.IsNullOrWhiteSpace(text)
            ? InputRecord.Failed(path, path, 1, $"{path}: the article is empty", bytes.Length)
            : InputRecord.Ok(path, path, 1, text, bytes.Length);
    }
}
