using System.Globalization;
using System.Text;

namespace SpeechActClassifier.Training;

/// <summary>
/// Draws the learning curve as a self-contained SVG: held-out macro-F1 (with its 95% interval) against the number of
/// training sentences, and the rules alone as a dashed line, so a reader sees whether more labels would still help.
/// </summary>
internal static class LearningCurveSvg
{
    private const double Width = 640, Height = 360, Left = 60, Right = 20, Top = 40, Bottom = 50;

    /// <summary>The chart of <paramref name="points"/> beside the rules' macro-F1 <paramref name="rules"/>.</summary>
    public static string Write(IReadOnlyList<LearningCurvePoint> points, double rules)
    {
        var maxX = Math.Max(1, points.Max(p => p.TrainingSentences));
        var low = Math.Max(0, Math.Floor((Math.Min(points.Min(p => p.MacroF1.Low), rules) - 0.05) * 10) / 10);
        var high = Math.Min(1, Math.Ceiling((Math.Max(points.Max(p => p.MacroF1.High), rules) + 0.05) * 10) / 10);
        double X(double sentences) => Left + (sentences / maxX * (Width - Left - Right));
        double Y(double f1) => Top + ((high - f1) / (high - low) * (Height - Top - Bottom));

        var svg = new StringBuilder();
        void Add(FormattableString line) => svg.Append(line.ToString(CultureInfo.InvariantCulture)).Append('\n');
        Add($"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{Width}\" height=\"{Height}\" viewBox=\"0 0 {Width} {Height}\" font-family=\"sans-serif\" font-size=\"12\">");
        Add($"<title>Learning curve: held-out macro-F1 against training sentences</title>");
        Add($"<rect width=\"{Width}\" height=\"{Height}\" fill=\"white\"/>");
        Add($"<text x=\"{Width / 2}\" y=\"22\" text-anchor=\"middle\" font-size=\"14\">Grouped cross-validation macro-F1 against training size (95% intervals)</text>");

        for (var tick = low; tick <= high + 1e-9; tick += 0.1)
        {
            Add($"<line x1=\"{Left}\" y1=\"{Y(tick):F1}\" x2=\"{Width - Right}\" y2=\"{Y(tick):F1}\" stroke=\"#ddd\"/>");
            Add($"<text x=\"{Left - 6}\" y=\"{Y(tick) + 4:F1}\" text-anchor=\"end\">{tick:F1}</text>");
        }

        foreach (var point in points)
        {
            Add($"<text x=\"{X(point.TrainingSentences):F1}\" y=\"{Height - Bottom + 16}\" text-anchor=\"middle\">{point.TrainingSentences:N0}</text>");
        }

        Add($"<line x1=\"{Left}\" y1=\"{Height - Bottom}\" x2=\"{Width - Right}\" y2=\"{Height - Bottom}\" stroke=\"black\"/>");
        Add($"<line x1=\"{Left}\" y1=\"{Top}\" x2=\"{Left}\" y2=\"{Height - Bottom}\" stroke=\"black\"/>");
        Add($"<text x=\"{(Left + Width - Right) / 2}\" y=\"{Height - 12}\" text-anchor=\"middle\">training sentences (mean per fold)</text>");
        Add($"<text x=\"16\" y=\"{(Top + Height - Bottom) / 2}\" text-anchor=\"middle\" transform=\"rotate(-90 16 {(Top + Height - Bottom) / 2})\">macro-F1</text>");

        Add($"<line x1=\"{Left}\" y1=\"{Y(rules):F1}\" x2=\"{Width - Right}\" y2=\"{Y(rules):F1}\" stroke=\"#c0392b\" stroke-dasharray=\"6 4\"/>");
        Add($"<text x=\"{Width - Right - 4}\" y=\"{Y(rules) - 6:F1}\" text-anchor=\"end\" fill=\"#c0392b\">rules alone {rules:F3}</text>");

        var line = string.Join(' ', points.Select(p => FormattableString.Invariant($"{X(p.TrainingSentences):F1},{Y(p.MacroF1.Estimate):F1}")));
        Add($"<polyline points=\"{line}\" fill=\"none\" stroke=\"#1f4e9c\" stroke-width=\"2\"/>");
        foreach (var point in points)
        {
            var x = X(point.TrainingSentences);
            Add($"<line x1=\"{x:F1}\" y1=\"{Y(point.MacroF1.Low):F1}\" x2=\"{x:F1}\" y2=\"{Y(point.MacroF1.High):F1}\" stroke=\"#1f4e9c\"/>");
            Add($"<circle cx=\"{x:F1}\" cy=\"{Y(point.MacroF1.Estimate):F1}\" r=\"4\" fill=\"#1f4e9c\"><title>{Escape(point.Name)}: {point.MacroF1}</title></circle>");
        }

        Add($"</svg>");
        return svg.ToString();
    }

    private static string Escape(string text) => text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);
}
