namespace SpeechActClassifier.Cli.Tests.Report;

/// <summary>
/// A fact that needs chromium: skipped, with a reason, on a developer machine without it; never skipped in CI
/// (<c>CI=true</c>), where a missing browser must fail the test rather than hide it.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class ChromiumFactAttribute : FactAttribute
{
    /// <summary>Sets <see cref="FactAttribute.Skip"/> when chromium is missing outside CI.</summary>
    public ChromiumFactAttribute()
    {
        var inCi = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
        if (Chromium.Executable is null && !inCi)
        {
            Skip = "chromium is not on PATH (`apt-get install -y chromium`; .ci/run installs it).";
        }
    }
}
