using System.Text.RegularExpressions;
using Xunit.Abstractions;

namespace SpeechActClassifier.Cli.Tests.Report;

/// <summary>
/// Opens the report in a real browser (headless chromium) and checks what it renders: each sentence's computed
/// background is its label's colour, for the labels the library gives; and saves a screenshot as an artefact.
/// </summary>
public sealed partial class ReportInBrowserTests(ITestOutputHelper output)
{
    // Written by hand and checked against the codebook: sentence 1 designates a threat and demands extraordinary
    // measures (SecuritizingMove); sentence 2 reports a routine fact (Neutral).
    private const string HandwrittenArticle =
        "The prime minister declared that the cyber attacks are an existential threat to our nation and that emergency powers must be granted at once. " +
        "The parliament building was renovated in 2019.";

    private static readonly Dictionary<string, string> RenderedColours = new()
    {
        ["SecuritizingMove"] = "rgb(248, 215, 218)",
        ["ThreatFraming"] = "rgb(255, 236, 179)",
        ["Neutral"] = "rgba(0, 0, 0, 0)",
    };

    [ChromiumFact]
    public void EachSentenceIsRenderedInItsLabelsColour()
    {
        using var temp = new TempDirectory();
        var seed = Path.Combine(RepositoryPaths.Seeds, "000_26efcdc4bda2b59b.txt");
        var handwritten = temp.Write("handwritten.txt", HandwrittenArticle);
        var report = temp.File("report.html");
        var run = SpeechactProcess.Run(null, "report", seed, handwritten, "--out", report, "--title", "Browser test");
        Assert.Equal(0, run.ExitCode);

        // A copy of the page with a probe that writes each sentence's computed background into the DOM.
        var html = File.ReadAllText(report);
        const string probe = "<script>for (const s of document.querySelectorAll('.s')) s.dataset.bg = getComputedStyle(s).backgroundColor;</script>";
        var probed = temp.Write("probed.html", html.Replace("</body>", probe + "</body>", StringComparison.Ordinal));
        var dom = Chromium.Run(temp.File("profile"), "--dump-dom", new Uri(probed).AbsoluteUri);

        var rendered = RenderedSentence().Matches(dom).Select(m => (Label: m.Groups["label"].Value, Background: m.Groups["bg"].Value)).ToArray();
        var expected = new[] { File.ReadAllText(seed), HandwrittenArticle }
            .SelectMany(text => SecuritizationClassifier.Default.ScoreDocument(text).Sentences)
            .Select(s => s.Label.ToString())
            .ToArray();
        Assert.Equal(expected, rendered.Select(r => r.Label));
        Assert.All(rendered, r => Assert.Equal(RenderedColours[r.Label], r.Background));
        Assert.Contains(rendered, r => r.Label == "SecuritizingMove");
        Assert.Contains(rendered, r => r.Label == "ThreatFraming");

        // The two handwritten sentences come last, labelled as a reader of the codebook would label them.
        Assert.Equal(("SecuritizingMove", RenderedColours["SecuritizingMove"]), rendered[^2]);
        Assert.Equal(("Neutral", RenderedColours["Neutral"]), rendered[^1]);

        var screenshot = Path.Combine(AppContext.BaseDirectory, "artifacts", "report.png");
        Directory.CreateDirectory(Path.GetDirectoryName(screenshot)!);
        Chromium.Run(temp.File("profile"), $"--screenshot={screenshot}", "--window-size=1000,1400", "--hide-scrollbars", new Uri(report).AbsoluteUri);
        var png = File.ReadAllBytes(screenshot);
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, png[..4]);
        Assert.True(png.Length > 20_000, $"a screenshot of {png.Length} bytes is too small to show the report");
        output.WriteLine($"screenshot: {screenshot}");
    }

    [ChromiumFact]
    public void OnAPhoneWidthThePageNeedsNoSidewaysScrolling()
    {
        using var temp = new TempDirectory();
        var report = temp.File("report.html");
        var run = SpeechactProcess.Run(null, "report", Path.Combine(RepositoryPaths.Seeds, "000_26efcdc4bda2b59b.txt"), "--out", report);
        Assert.Equal(0, run.ExitCode);

        const string probe = "<script>document.body.dataset.fits = String(document.documentElement.scrollWidth <= window.innerWidth) + ':' + document.documentElement.scrollWidth + '/' + window.innerWidth;</script>";
        var probed = temp.Write("probed.html", File.ReadAllText(report).Replace("</body>", probe + "</body>", StringComparison.Ordinal));
        var dom = Chromium.Run(temp.File("profile"), "--window-size=390,844", "--dump-dom", new Uri(probed).AbsoluteUri);

        var fits = Regex.Match(dom, "data-fits=\"(?<value>[^\"]*)\"").Groups["value"].Value;
        Assert.StartsWith("true:", fits, StringComparison.Ordinal);
    }

    [GeneratedRegex("<span class=\"s (?<label>\\w+)\" data-label=\"\\k<label>\" data-index=\"\\d+\" title=\"[^\"]*\" data-bg=\"(?<bg>[^\"]*)\"")]
    private static partial Regex RenderedSentence();
}
