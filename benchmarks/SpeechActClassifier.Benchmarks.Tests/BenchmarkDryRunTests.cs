using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.NoEmit;
using SpeechActClassifier.Benchmarks;

namespace SpeechActClassifier.Benchmarks.Tests;

/// <summary>
/// Runs every benchmark once, in process, with BenchmarkDotNet's dry job, so a benchmark that throws, fails its
/// setup or no longer compiles against the library fails the tests instead of rotting until the next measurement.
/// </summary>
public sealed class BenchmarkDryRunTests
{
    [Fact]
    public void EveryBenchmarkRunsOnceWithADryJob()
    {
        var artifacts = Path.Combine(Path.GetTempPath(), "speechact-benchmark-dry-run-" + Environment.ProcessId);
        try
        {
            var config = ManualConfig.CreateEmpty()
                .AddJob(Job.Dry.WithToolchain(InProcessNoEmitToolchain.Instance))
                .AddLogger(NullLogger.Instance)
                .AddColumnProvider(DefaultColumnProviders.Instance)
                .WithArtifactsPath(artifacts);

            var summaries = BenchmarkRunner.Run(typeof(HotPathBenchmarks).Assembly, config);

            var cases = summaries.SelectMany(s => s.Reports).ToArray();
            Assert.All(summaries, s => Assert.False(s.HasCriticalValidationErrors, string.Join("; ", s.ValidationErrors.Select(e => e.Message))));
            Assert.All(cases, r => Assert.True(r.Success, $"{r.BenchmarkCase.DisplayInfo} failed"));

            // 7 per-sentence benchmarks, 2 tree evaluators, 2 article benchmarks at 2 lengths, and the model load.
            Assert.Equal(14, cases.Length);
        }
        finally
        {
            if (Directory.Exists(artifacts))
            {
                Directory.Delete(artifacts, recursive: true);
            }
        }
    }
}
