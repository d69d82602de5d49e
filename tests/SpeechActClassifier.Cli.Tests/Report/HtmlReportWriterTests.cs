using System.Text.RegularExpressions;
using SpeechActClassifier.Cli.Input;
using SpeechActClassifier.Cli.Report;
using SpeechActClassifier.Cli.Scoring;

namespace SpeechActClassifier.Cli.Tests.Report;

public sealed partial class HtmlReportWriterTests
{
    private static readonly string[] VoidElements = ["meta", "br", "hr", "img", "input", "link"];

    [Fact]
    public void HostileTextIsEncodedAndNothingOutsideTheFileIsReferenced()
    {
        var html = Render(("<script>go()</script>", "He said: <script>go(\"x\")</script> & <img src=x onerror=go(1)> is a \"threat\" to http://site.example."));

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;go(&quot;x&quot;)&lt;/script&gt; &amp; &lt;img src=x onerror=go(1)&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotMatch(ExternalReference(), html.Replace("http://site.example", string.Empty, StringComparison.Ordinal));
        Assert.DoesNotMatch("<[a-zA-Z]+[^>]*\\ssrc=", html);
        AssertBalanced(html);
    }

    [Fact]
    public void EverySentenceIsOneSpanWithItsLabelInOrderAndCuesAreMarkedInside()
    {
        // Labelled by reading: an actor designating a threat to a referent, then two plain facts, the last after a paragraph break.
        const string text = "The minister warned that terrorism is an existential threat to the nation. The committee meets on Tuesdays.\n\nThe museum opens at nine.";
        var html = Render(("doc", text));

        var spans = SentenceSpan().Matches(html).ToArray();
        Assert.Equal(["SecuritizingMove", "Neutral", "Neutral"], spans.Select(m => m.Groups["label"].Value));
        Assert.Equal(["0", "1", "2"], spans.Select(m => m.Groups["index"].Value));
        var firstSentence = html[spans[0].Index..spans[1].Index];
        Assert.Contains("<mark class=\"Threat\" data-category=\"Threat\" title=\"Threat\" tabindex=\"0\">threat</mark>", firstSentence, StringComparison.Ordinal);
        Assert.Equal(2, Regex.Count(html[html.IndexOf("<div class=\"text\">", StringComparison.Ordinal)..], "<p>"));
        AssertBalanced(html);
    }

    [Fact]
    public void ArticlesGetAContentsEntryAndARecordWithAnErrorIsShownAsOne()
    {
        var html = Render(("first", "War is coming."), ("second", null));

        Assert.Contains("<a href=\"#a1\">first</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#a2\">second</a> (not scored)", html, StringComparison.Ordinal);
        Assert.Contains("<p class=\"error\">Not scored: second: broken</p>", html, StringComparison.Ordinal);
        Assert.Contains("<svg role=\"img\"", html, StringComparison.Ordinal);
        AssertBalanced(html);
    }

    [Fact]
    public void EveryStrongestCueOfTheSummaryIsListed()
    {
        var text = "The minister warned that terrorism, cyber attacks, organized crime and drug cartels are threats to national security, and troops were deployed at the border.";
        var summary = SecuritizationClassifier.Default.ScoreDocument(text).Summary;
        Assert.True(summary.StrongestCues.Count > 5, "the example should carry more than five cue terms");
        var html = Render(("doc", text));
        var listed = Regex.Matches(html[html.IndexOf("<strong>Strongest cues</strong>", StringComparison.Ordinal)..html.IndexOf("<div class=\"text\">", StringComparison.Ordinal)], "<li>").Count;
        Assert.Equal(summary.StrongestCues.Count, listed);
    }

    /// <summary>Renders articles (a null text is a record with an error) to HTML.</summary>
    private static string Render(params (string Id, string? Text)[] articles)
    {
        var output = new StringWriter();
        var writer = new HtmlReportWriter(output, "Test report");
        writer.WriteStart();
        foreach (var (id, text) in articles)
        {
            var input = text is null ? InputRecord.Failed(id, "test", 1, $"{id}: broken", 0) : InputRecord.Ok(id, "test", 1, text, text.Length);
            writer.Write(ScoredRecord.Of(input, SecuritizationClassifier.Default));
        }

        writer.WriteEnd();
        return output.ToString();
    }

    /// <summary>Every non-void element that opens also closes, in order.</summary>
    private static void AssertBalanced(string html)
    {
        var open = new Stack<string>();
        foreach (Match tag in Tag().Matches(html))
        {
            var name = tag.Groups["name"].Value.ToLowerInvariant();
            if (VoidElements.Contains(name) || tag.Value.EndsWith("/>", StringComparison.Ordinal))
            {
                continue;
            }

            if (tag.Groups["close"].Success)
            {
                Assert.True(open.Count > 0 && open.Pop() == name, $"</{name}> closes nothing open");
            }
            else
            {
                open.Push(name);
            }
        }

        Assert.Empty(open);
    }

    [GeneratedRegex("<(?<close>/)?(?<name>[a-zA-Z][a-zA-Z0-9]*)[^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex("<span class=\"s (?<label>\\w+)\" data-label=\"\\k<label>\" data-index=\"(?<index>\\d+)\"")]
    private static partial Regex SentenceSpan();

    [GeneratedRegex("(https?:)?//[a-z]", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalReference();
}
