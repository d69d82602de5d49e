using System.Globalization;
using System.Net;
using System.Text;
using SpeechActClassifier.Cli.Output;
using SpeechActClassifier.Cli.Scoring;
using SpeechActClassifier.Documents;
using SpeechActClassifier.Rules;

namespace SpeechActClassifier.Cli.Report;

/// <summary>
/// Writes the report as one self-contained HTML file: no script, font, image or link outside it. Each article shows
/// its summary chart (labels and securitization index) and its text with every sentence coloured by its label,
/// tagged SM or TF for readers who do not see the colour, and its cue words marked with their category on hover,
/// focus and in print. Articles are written one at a time as they are scored; the table of contents comes last.
/// </summary>
/// <param name="output">Where the page goes.</param>
/// <param name="title">The page's title and heading.</param>
/// <param name="threatFramingWeight">The index's threat-framing weight, which the legend states.</param>
internal sealed class HtmlReportWriter(TextWriter output, string title, double threatFramingWeight = SecuritizationIndex.ThreatFramingWeight) : IRecordWriter
{
    private readonly List<(string Anchor, string Title, DocumentSummary? Summary)> _contents = [];

    /// <summary>Writes the head, the title and the legend (which states the index's threat-framing weight).</summary>
    public void WriteStart()
    {
        var weight = threatFramingWeight.ToString("0.###", CultureInfo.InvariantCulture);
        output.Write($"""
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{Encode(title)}</title>
            <style>
            {ReportStyle.Css}
            </style>
            </head>
            <body>
            <header>
            <h1>{Encode(title)}</h1>
            <p>Each sentence is coloured by its label; hover or focus a marked word to see its cue category. <a href="#contents">Contents</a></p>
            <div class="legend">
            <span><span class="swatch" style="background:{ReportPalette.SecuritizingMove}"></span>SecuritizingMove (SM): a threat is declared and measures are claimed</span>
            <span><span class="swatch" style="background:{ReportPalette.ThreatFraming}"></span>ThreatFraming (TF): an issue is presented as a threat</span>
            <span><span class="swatch" style="background:#fff"></span>Neutral (no tag)</span>
            </div>
            <p>Securitization index = mean over sentences of P(SecuritizingMove) + {weight} × P(ThreatFraming), from 0 to 1.</p>
            </header>

            """);
    }

    /// <summary>Writes one article (or its error); nothing is written or listed unless the whole article could be formatted.</summary>
    public void Write(ScoredRecord record)
    {
        var anchor = "a" + (_contents.Count + 1).ToString(CultureInfo.InvariantCulture);
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"<article id=\"{anchor}\">\n<h2>{Encode(record.Input.Id)}</h2>\n");
        if (record.Score is not { } score)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p class=\"error\">Not scored: {Encode(record.Error ?? "unknown error")}</p>\n</article>\n");
        }
        else
        {
            AppendSummary(html, score.Summary);
            AppendText(html, record.Text, score.Sentences);
            html.Append("</article>\n");
        }

        output.Write(html.ToString());
        _contents.Add((anchor, record.Input.Id, record.Score?.Summary));
    }

    /// <summary>Writes the table of contents and closes the document.</summary>
    public void WriteEnd()
    {
        var html = new StringBuilder("<nav id=\"contents\">\n<h2>Contents</h2>\n<ol>\n");
        foreach (var (anchor, title, summary) in _contents)
        {
            var index = summary is null ? "not scored" : $"index {summary.SecuritizationIndex.ToString("F2", CultureInfo.InvariantCulture)}, {summary.SecuritizingMoveCount} SM, {summary.ThreatFramingCount} TF, {summary.SentenceCount} sentences";
            html.Append(CultureInfo.InvariantCulture, $"<li><a href=\"#{anchor}\">{Encode(title)}</a> ({index})</li>\n");
        }

        html.Append("</ol>\n</nav>\n</body>\n</html>\n");
        output.Write(html.ToString());
    }

    private static void AppendSummary(StringBuilder html, DocumentSummary summary)
    {
        html.Append("<div class=\"summary\">\n");
        AppendChart(html, summary);
        if (summary.StrongestCues.Count > 0)
        {
            html.Append("<div><strong>Strongest cues</strong>\n<ol>\n");
            foreach (var cue in summary.StrongestCues)
            {
                html.Append(CultureInfo.InvariantCulture, $"<li>{Encode(cue.Text)} <small>({cue.Category}, ×{cue.Count})</small></li>\n");
            }

            html.Append("</ol>\n</div>\n");
        }

        html.Append("</div>\n");
    }

    /// <summary>An inline SVG: one bar per label with its count, and the securitization index as a gauge.</summary>
    private static void AppendChart(StringBuilder html, DocumentSummary summary)
    {
        const int width = 320;
        const int labelWidth = 130;
        const int barSpace = width - labelWidth - 40;
        var largest = Math.Max(1, Math.Max(summary.SecuritizingMoveCount, Math.Max(summary.ThreatFramingCount, summary.NeutralCount)));
        var index = summary.SecuritizationIndex.ToString("F2", CultureInfo.InvariantCulture);
        html.Append(CultureInfo.InvariantCulture, $"<svg role=\"img\" width=\"{width}\" height=\"112\" viewBox=\"0 0 {width} 112\" aria-label=\"{summary.SecuritizingMoveCount} securitizing moves, {summary.ThreatFramingCount} threat framings, {summary.NeutralCount} neutral sentences; securitization index {index}\">\n");
        var y = 4;
        foreach (var label in new[] { SpeechActLabel.SecuritizingMove, SpeechActLabel.ThreatFraming, SpeechActLabel.Neutral })
        {
            var count = summary.Count(label);
            var bar = (int)Math.Round(barSpace * (double)count / largest);
            html.Append(CultureInfo.InvariantCulture, $"<text x=\"0\" y=\"{y + 13}\" font-size=\"12\">{label}</text><rect class=\"bar {label}\" x=\"{labelWidth}\" y=\"{y}\" width=\"{bar}\" height=\"16\" fill=\"{ReportPalette.Bar(label)}\"/><text x=\"{labelWidth + bar + 4}\" y=\"{y + 13}\" font-size=\"12\">{count}</text>\n");
            y += 22;
        }

        var gauge = (int)Math.Round(barSpace * summary.SecuritizationIndex);
        html.Append(CultureInfo.InvariantCulture, $"<text x=\"0\" y=\"{y + 17}\" font-size=\"12\">Securitization index</text><rect x=\"{labelWidth}\" y=\"{y + 4}\" width=\"{barSpace}\" height=\"16\" fill=\"#eee\" stroke=\"#999\"/><rect class=\"gauge\" x=\"{labelWidth}\" y=\"{y + 4}\" width=\"{gauge}\" height=\"16\" fill=\"#6a1b9a\"/><text x=\"{labelWidth + barSpace + 4}\" y=\"{y + 17}\" font-size=\"12\">{index}</text>\n");
        html.Append("</svg>\n");
    }

    /// <summary>The article's text: paragraphs where it has blank lines, each sentence a span with its cues marked.</summary>
    private static void AppendText(StringBuilder html, string text, IReadOnlyList<ScoredSentence> sentences)
    {
        html.Append("<div class=\"text\">\n<p>");
        var position = 0;
        foreach (var sentence in sentences)
        {
            var gap = text.AsSpan(position, sentence.Start - position);
            if (gap.Contains("\n\n", StringComparison.Ordinal) || gap.Contains("\r\n\r\n", StringComparison.Ordinal))
            {
                html.Append("</p>\n<p>");
            }
            else if (position > 0)
            {
                html.Append(' ');
            }

            AppendSentence(html, text, sentence);
            position = sentence.End;
        }

        html.Append("</p>\n</div>\n");
    }

    private static void AppendSentence(StringBuilder html, string text, ScoredSentence sentence)
    {
        var c = sentence.Classification;
        var probabilities = string.Create(CultureInfo.InvariantCulture, $"{sentence.Label}: SM {c.SecuritizingMove:F2}, TF {c.ThreatFraming:F2}, N {c.Neutral:F2}");
        html.Append(CultureInfo.InvariantCulture, $"<span class=\"s {sentence.Label}\" data-label=\"{sentence.Label}\" data-index=\"{sentence.Index}\" title=\"{probabilities}\">");

        // Simple cues only, never overlapping: a composite cue spans the simple ones it joins.
        var position = sentence.Start;
        foreach (var cue in sentence.Cues.Where(cue => !IsComposite(cue.Category)))
        {
            if (cue.Start < position)
            {
                continue;
            }

            html.Append(Encode(text[position..cue.Start]));
            var category = cue.Category + (cue.IsNegated ? " (negated)" : string.Empty);
            html.Append(CultureInfo.InvariantCulture, $"<mark class=\"{cue.Category}{(cue.IsNegated ? " negated" : string.Empty)}\" data-category=\"{category}\" title=\"{category}\" tabindex=\"0\">{Encode(text.Substring(cue.Start, cue.Length))}</mark>");
            position = cue.End;
        }

        html.Append(Encode(text[position..sentence.End]));
        var tag = ReportPalette.Tag(sentence.Label);
        if (tag.Length > 0)
        {
            html.Append(CultureInfo.InvariantCulture, $"<span class=\"tag\">{tag}</span>");
        }

        html.Append("</span>");
    }

    private static bool IsComposite(CueCategory category) =>
        category is CueCategory.ActorDesignates or CueCategory.DesignatesThreat or CueCategory.ThreatMeasure or CueCategory.ActorMeasure;

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
