using System.Text;

namespace SpeechActClassifier.Cli.Output;

/// <summary>
/// Where output records go: stdout or a file, each record written with one unbuffered write of whole lines and
/// flushed, so a reader of a run that was stopped (Ctrl+C, a kill, a crash) finds only whole records.
/// </summary>
internal sealed class RecordSink : IDisposable
{
    private readonly Stream _stream;

    private RecordSink(Stream stream)
    {
        _stream = stream;
    }

    /// <summary>A sink over stdout.</summary>
    public static RecordSink StandardOutput() => new(Console.OpenStandardOutput());

    /// <summary>A sink that creates or replaces <paramref name="path"/>.</summary>
    public static RecordSink File(string path) =>
        new(new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read, bufferSize: 0));

    /// <summary>Writes <paramref name="text"/> (one or more whole lines) at once.</summary>
    public void Write(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        _stream.Write(bytes, 0, bytes.Length);
        _stream.Flush();
    }

    /// <inheritdoc />
    public void Dispose() => _stream.Dispose();
}
