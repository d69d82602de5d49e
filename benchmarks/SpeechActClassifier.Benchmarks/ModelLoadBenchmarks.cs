using BenchmarkDotNet.Attributes;
using SpeechActClassifier.Model;

namespace SpeechActClassifier.Benchmarks;

/// <summary>
/// Loading a model: reading the model file (checksum, manifest, fingerprint check, trees) and compiling its trees into
/// rank tables. It runs once per process, before the first result, so it is part of the start-up time that serverless
/// functions and command-line tools pay on every call. The lexicon and matcher, built once per process, are warm here.
/// </summary>
[MemoryDiagnoser]
[BenchmarkCategory("Load")]
public class ModelLoadBenchmarks
{
    private byte[] _modelFile = [];

    /// <summary>Copies the embedded model file's bytes once, outside the measurement.</summary>
    [GlobalSetup]
    public void Setup()
    {
        using var stream = typeof(SecuritizationClassifier).Assembly.GetManifestResourceStream(ModelResourceNames.EmbeddedModel)
            ?? throw new InvalidOperationException("The library has no embedded model.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        _modelFile = buffer.ToArray();
        _ = SecuritizationClassifier.Default;
    }

    /// <summary><see cref="SecuritizationClassifier.Load(Stream)"/> on the embedded model's bytes.</summary>
    [Benchmark]
    public SecuritizationClassifier LoadEmbeddedModelFile() => SecuritizationClassifier.Load(new MemoryStream(_modelFile, writable: false));
}
