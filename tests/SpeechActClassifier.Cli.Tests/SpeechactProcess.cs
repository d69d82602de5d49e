using System.Diagnostics;

namespace SpeechActClassifier.Cli.Tests;

/// <summary>What one run of <c>speechact</c> did.</summary>
/// <param name="ExitCode">The process exit code.</param>
/// <param name="Output">Everything written to stdout.</param>
/// <param name="Error">Everything written to stderr.</param>
internal sealed record SpeechactResult(int ExitCode, string Output, string Error);

/// <summary>
/// Runs the built <c>speechact.dll</c> (copied next to the tests by the project reference) in its own process, with
/// <c>dotnet</c>, the way a user or a script runs it: arguments, stdin, stdout, stderr and the exit code.
/// </summary>
internal static class SpeechactProcess
{
    /// <summary>Longest a run may take before the test fails instead of hanging CI.</summary>
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    /// <summary>The speechact.dll the tests run.</summary>
    public static string Dll { get; } = Path.Combine(AppContext.BaseDirectory, "speechact.dll");

    /// <summary>Starts speechact with <paramref name="args"/> (no shell, so no quoting) and stdin/stdout/stderr redirected.</summary>
    public static Process Start(IEnumerable<string> args, string? workingDirectory = null)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? RepositoryPaths.Root,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
            StandardErrorEncoding = System.Text.Encoding.UTF8,
        };
        info.ArgumentList.Add(Dll);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        return Process.Start(info) ?? throw new InvalidOperationException("dotnet did not start.");
    }

    /// <summary>Runs speechact to completion, feeding <paramref name="stdin"/> (or nothing) to its standard input.</summary>
    public static SpeechactResult Run(string? stdin, params string[] args) => RunIn(null, stdin, args);

    /// <summary>Runs speechact to completion, feeding <paramref name="stdin"/>'s bytes as they are (invalid UTF-8 included) to its standard input.</summary>
    public static SpeechactResult RunWithBytes(byte[] stdin, params string[] args) => RunIn(null, stdin, args);

    /// <summary>Runs speechact to completion in <paramref name="workingDirectory"/>.</summary>
    public static SpeechactResult RunIn(string? workingDirectory, string? stdin, params string[] args) =>
        RunIn(workingDirectory, stdin is null ? null : System.Text.Encoding.UTF8.GetBytes(stdin), args);

    private static SpeechactResult RunIn(string? workingDirectory, byte[]? stdin, string[] args)
    {
        using var process = Start(args, workingDirectory);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (stdin is not null)
        {
            process.StandardInput.BaseStream.Write(stdin);
        }

        process.StandardInput.Close();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"speechact {string.Join(' ', args)} ran longer than {Timeout}.");
        }

        return new SpeechactResult(process.ExitCode, output.Result, error.Result);
    }
}
