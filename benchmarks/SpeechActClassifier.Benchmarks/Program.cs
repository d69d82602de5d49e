using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;

namespace SpeechActClassifier.Benchmarks;

/// <summary>Runs the benchmarks chosen on the command line, e.g. <c>--filter '*'</c>.</summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        // The median and the minimum always, not only when BenchmarkDotNet finds the distribution odd: on a shared
        // virtual machine a slow minute shifts the mean, and the ratios are read from the median as well.
        var config = DefaultConfig.Instance.AddColumn(StatisticColumn.Median, StatisticColumn.Min);
        var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
        return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;
    }
}
