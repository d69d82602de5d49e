using System.Xml.Linq;
using SpeechActClassifier.Training;

namespace SpeechActClassifier.Tests.Training;

public sealed class LearningCurveSvgTests
{
    private static readonly LearningCurvePoint[] Points =
    [
        new("seeds only", 84, new Interval(0.41, 0.36, 0.46)),
        new("1,000 sentences", 1010, new Interval(0.60, 0.57, 0.63)),
        new("all training folds", 2925, new Interval(0.68, 0.66, 0.70)),
    ];

    [Fact]
    public void TheChartIsWellFormedSvgWithOnePointPerSize()
    {
        var svg = XDocument.Parse(LearningCurveSvg.Write(Points, rules: 0.66));
        XNamespace ns = "http://www.w3.org/2000/svg";
        Assert.Equal(ns + "svg", svg.Root!.Name);
        var circles = svg.Descendants(ns + "circle").ToList();
        Assert.Equal(3, circles.Count);

        // Higher macro-F1 is drawn higher up: y grows downwards in SVG.
        var ys = circles.Select(c => double.Parse(c.Attribute("cy")!.Value, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        Assert.True(ys[0] > ys[1] && ys[1] > ys[2], string.Join(", ", ys));
        Assert.Contains("rules alone 0.660", svg.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void NamesWithMarkupAreEscaped() =>
        XDocument.Parse(LearningCurveSvg.Write([new("a <b> & c", 10, new Interval(0.5, 0.4, 0.6))], rules: 0.5));
}
