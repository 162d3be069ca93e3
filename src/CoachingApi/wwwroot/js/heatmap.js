// The team as a picture: reps × axes, darker blue for higher scores, red where a rep is well below the team.
import { svg, axes, axisLabel } from "./dom.js";

const labelWidth = 160;
const cellWidth = 160;
const cellHeight = 38;
const headerHeight = 30;

/**
 * Red when the rep scores 20 % or more below the team median on the axis (score <= 0.8 × median): far enough below
 * the team to be worth a coaching conversation, not one bad week. A median of 0 has nothing to be below.
 */
export function isBelowBaseline(score, median) {
    return score !== null && median !== null && median > 0 && score <= 0.8 * median;
}

function blue(score) {
    const lightness = 95 - (score / 100) * 55;
    return { fill: `hsl(217, 80%, ${lightness}%)`, text: lightness < 62 ? "#fff" : "#111" };
}

function cell(row, axis, x, y, median) {
    const score = row.scores[axis.key];
    const below = isBelowBaseline(score, median);
    const kind = score === null ? "not-enough-data" : below ? "below-baseline" : "scored";
    const colours = score === null ? { fill: "#e5e7eb", text: "#6b7280" } : below ? { fill: "#dc2626", text: "#fff" } : blue(score);
    const why = score === null
        ? "not enough data"
        : `${score}, team median ${median ?? "–"}${below ? ": 20 % or more below the team" : ""}`;
    return svg("g", {},
        svg("rect", {
            class: `cell ${kind}`, "data-rep": row.repId, "data-axis": axis.key, "data-score": score ?? "",
            x: x + 2, y: y + 2, width: cellWidth - 4, height: cellHeight - 4, rx: 4, fill: colours.fill,
        }, svg("title", {}, `${row.repName ?? row.repId}, ${axisLabel(axis.key)}: ${why}`)),
        svg("text", { x: x + cellWidth / 2, y: y + cellHeight / 2 + 5, "text-anchor": "middle", fill: colours.text, class: "cell-value" },
            score === null ? "–" : score));
}

function medianRow(radar, y) {
    return svg("g", { class: "median-row" },
        svg("text", { x: labelWidth - 10, y: y + cellHeight / 2 + 5, "text-anchor": "end", class: "muted" }, "team median"),
        axes.map((axis, i) => {
            const median = radar.median[axis.key];
            const x = labelWidth + i * cellWidth;
            return svg("g", {},
                svg("rect", { x: x + 2, y: y + 2, width: cellWidth - 4, height: cellHeight - 4, rx: 4, fill: "none", stroke: "#6b7280", "stroke-dasharray": "5 4" }),
                svg("text", { x: x + cellWidth / 2, y: y + cellHeight / 2 + 5, "text-anchor": "middle" }, median ?? "–"));
        }));
}

export function heatmap(radar) {
    const height = headerHeight + (radar.reps.length + 1) * cellHeight + 4;
    const width = labelWidth + axes.length * cellWidth;
    return svg("svg", { class: "heatmap", viewBox: `0 0 ${width} ${height}`, width, height, role: "img" },
        svg("title", {}, `Team ${radar.teamId}: reps × axes`),
        axes.map((axis, i) => svg("text", {
            class: "axis-label", x: labelWidth + i * cellWidth + cellWidth / 2, y: headerHeight - 10, "text-anchor": "middle",
        }, axis.label)),
        radar.reps.map((row, r) => {
            const y = headerHeight + r * cellHeight;
            return svg("g", { class: "rep-row", "data-rep": row.repId },
                svg("a", { href: `/reps/${encodeURIComponent(row.repId)}` },
                    svg("text", { x: labelWidth - 10, y: y + cellHeight / 2 + 5, "text-anchor": "end", class: "rep-name" }, row.repName ?? row.repId)),
                axes.map((axis, i) => cell(row, axis, labelWidth + i * cellWidth, y, radar.median[axis.key])));
        }),
        medianRow(radar, headerHeight + radar.reps.length * cellHeight));
}
