using System.Globalization;

namespace SpeechActClassifier.Cli.Tests.Reliability;

/// <summary>
/// The test project's entry point, for fuzzing at a scale CI cannot afford (<c>dotnet test</c> never calls it):
/// <code>dotnet run --project tests/SpeechActClassifier.Cli.Tests -c Release -- fuzz --count 1000000 --seed 1</code>
/// runs that many hostile records through the CLI's readers, scorer and writers and as many hostile sentences through
/// the library (<see cref="HostileRecordsFuzz"/>), with a 100 MB line per 100,000 records, and prints what it tried,
/// the error records, crashes, failures, wall time and peak memory. Exit code 0 when nothing failed, 1 otherwise, 2
/// for bad usage.
/// </summary>
internal static class FuzzProgram
{
    private static int Main(string[] args)
    {
        if (args is not ["fuzz", .. var options] || !TryRead(options, out var count, out var seed))
        {
            Console.Error.WriteLine("usage: dotnet run --project tests/SpeechActClassifier.Cli.Tests -c Release -- fuzz --count N --seed S");
            return 2;
        }

        Console.WriteLine($"fuzz --count {count} --seed {seed}");
        var report = HostileRecordsFuzz.Run(count, seed, Console.Out);
        Console.WriteLine(report);
        foreach (var failure in report.Failures)
        {
            Console.WriteLine("FAILED: " + failure);
        }

        return report.FailureCount == 0 ? 0 : 1;
    }

    private static bool TryRead(string[] options, out int count, out int seed)
    {
        count = 1_000_000;
        seed = 1;
        for (var i = 0; i + 1 < options.Length; i += 2)
        {
            var valid = options[i] switch
            {
                "--count" => int.TryParse(options[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out count),
                "--seed" => int.TryParse(options[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out seed),
                _ => false,
            };
            if (!valid)
            {
                return false;
            }
        }

        return options.Length % 2 == 0 && count > 0;
    }
}
