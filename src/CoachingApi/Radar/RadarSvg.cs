using System.Globalization;
using System.Net;
using System.Text;
using CallCoach.Analyze.Radar;

namespace CallCoach.CoachingApi.Radar;

/// <summary>
/// Draws a rep's radar as SVG: four axes (needs discovery up, then clockwise), rings at 25/50/75/100, the rep's
/// polygon and the team median as a second, dashed polygon. An axis without enough data is drawn at the centre and
/// labelled so, rather than left out, so the shape always has four corners.
/// </summary>
public static class RadarSvg
{
    // Wider than tall: the side labels ("solutionPresentation") need the room beside the chart.
    private const double Width = 560;
    private const double Height = 420;
    private const double CenterX = Width / 2;
    private const double CenterY = Height / 2;
    private const double Radius = 140;

    public static string Render(RepRadar radar)
    {
        var svg = new StringBuilder();
        svg.Append(Invariant($"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {Width} {Height}\" width=\"{Width}\" height=\"{Height}\" role=\"img\" class=\"radar\">"));
        svg.Append(Invariant($"<title>{Escape(radar.RepName ?? radar.RepId)}: capability radar</title>"));
        foreach (var ring in new[] { 25, 50, 75, 100 })
        {
            svg.Append(Invariant($"<polygon class=\"ring\" points=\"{Points([.. radar.Axes.Select(_ => (double?)ring)])}\" fill=\"none\" stroke=\"#ddd\"/>"));
        }

        for (var i = 0; i < radar.Axes.Count; i++)
        {
            var (x, y) = Point(i, radar.Axes.Count, 100);
            var (lx, ly) = Point(i, radar.Axes.Count, 118);
            var axis = radar.Axes[i];
            var value = axis.Score is { } s ? s.ToString(CultureInfo.InvariantCulture) : "not enough data";
            svg.Append(Invariant($"<line class=\"axis\" data-axis=\"{axis.Axis}\" x1=\"{CenterX}\" y1=\"{CenterY}\" x2=\"{x:F1}\" y2=\"{y:F1}\" stroke=\"#999\"/>"));
            svg.Append(Invariant($"<text x=\"{lx:F1}\" y=\"{ly:F1}\" text-anchor=\"middle\" font-size=\"13\" font-family=\"sans-serif\">{axis.Axis}<tspan x=\"{lx:F1}\" dy=\"15\">{value}</tspan></text>"));
        }

        if (radar.Axes.Any(a => a.TeamMedian is not null))
        {
            svg.Append(Invariant($"<polygon class=\"team-median\" points=\"{Points([.. radar.Axes.Select(a => a.TeamMedian)])}\" fill=\"none\" stroke=\"#888\" stroke-dasharray=\"5 4\" stroke-width=\"2\"/>"));
        }

        svg.Append(Invariant($"<polygon class=\"rep\" points=\"{Points([.. radar.Axes.Select(a => (double?)a.Score)])}\" fill=\"rgba(37,99,235,0.25)\" stroke=\"#2563eb\" stroke-width=\"2\"/>"));
        svg.Append("</svg>");
        return svg.ToString();
    }

    private static string Points(List<double?> values) =>
        string.Join(' ', values.Select((v, i) => Point(i, values.Count, v ?? 0)).Select(p => Invariant($"{p.X:F1},{p.Y:F1}")));

    private static (double X, double Y) Point(int index, int count, double value)
    {
        var angle = -Math.PI / 2 + 2 * Math.PI * index / count;
        var r = Radius * value / 100;
        return (CenterX + r * Math.Cos(angle), CenterY + r * Math.Sin(angle));
    }

    private static string Escape(string text) => WebUtility.HtmlEncode(text);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
