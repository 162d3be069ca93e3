// Per axis, the previous 30-day window against this one as a small slope: up is green, down is red.
import { html, svg, axisLabel } from "./dom.js";

const width = 200;
const height = 104;
const top = 40;
const bottom = height - 18;
const y = (score) => bottom - ((bottom - top) * score) / 100;

function slope(axis) {
    const known = axis.previousScore !== null && axis.score !== null;
    const colour = !known || axis.trend === 0 ? "#6b7280" : axis.trend > 0 ? "#16a34a" : "#dc2626";
    const caption = axis.score === null
        ? "not enough data"
        : known ? `${axis.previousScore} → ${axis.score} (${axis.trend > 0 ? "+" : ""}${axis.trend})` : `${axis.score} (no earlier window)`;
    return svg("svg", { class: "trend", "data-axis": axis.axis, viewBox: `0 0 ${width} ${height}`, width, height, role: "img" },
        svg("title", {}, `${axisLabel(axis.axis)}: ${caption}`),
        svg("text", { x: 4, y: 14, class: "trend-label" }, axisLabel(axis.axis)),
        svg("line", { x1: 30, x2: 170, y1: bottom, y2: bottom, stroke: "#e5e7eb" }),
        svg("text", { x: 30, y: height - 2, "text-anchor": "middle", class: "tick" }, "before"),
        svg("text", { x: 170, y: height - 2, "text-anchor": "middle", class: "tick" }, "now"),
        known ? svg("line", { x1: 30, y1: y(axis.previousScore), x2: 170, y2: y(axis.score), stroke: colour, "stroke-width": 3 }) : null,
        axis.previousScore !== null ? svg("circle", { cx: 30, cy: y(axis.previousScore), r: 4, fill: colour }) : null,
        axis.score !== null ? svg("circle", { cx: 170, cy: y(axis.score), r: 5, fill: colour }) : null,
        svg("text", { x: 4, y: 30, class: "trend-value", fill: colour }, caption));
}

export function trends(radar) {
    return html("div", { class: "trends" }, radar.axes.map(slope));
}
