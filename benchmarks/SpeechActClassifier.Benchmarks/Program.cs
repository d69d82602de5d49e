using BenchmarkDotNet.Running;

namespace SpeechActClassifier.Benchmarks;

/// <summary>Runs the benchmarks chosen on the command line, e.g. <c>--filter '*'</c>.</summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;
    }
}
