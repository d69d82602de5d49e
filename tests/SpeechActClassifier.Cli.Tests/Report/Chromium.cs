using System.Diagnostics;

namespace SpeechActClassifier.Cli.Tests.Report;

/// <summary>Runs Debian's headless chromium, which <c>.ci/run</c> installs, on local files only.</summary>
internal static class Chromium
{
    /// <summary>The chromium executable on PATH, or <see langword="null"/>.</summary>
    public static string? Executable { get; } = Find();

    /// <summary>Runs chromium headless with <paramref name="arguments"/> and returns its stdout.</summary>
    public static string Run(string profileDirectory, params string[] arguments)
    {
        var info = new ProcessStartInfo(Executable ?? throw new InvalidOperationException("chromium is not installed."))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run", $"--user-data-dir={profileDirectory}" }.Concat(arguments))
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("chromium ran longer than two minutes.");
        }

        return process.ExitCode == 0 ? output.Result : throw new InvalidOperationException($"chromium exited with {process.ExitCode}: {error.Result}");
    }

    private static string? Find() =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(dir => new[] { Path.Combine(dir, "chromium"), Path.Combine(dir, "chromium-browser") })
            .FirstOrDefault(File.Exists);
}
