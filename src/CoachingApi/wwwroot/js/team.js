// The manager page, /teams/{id}: the team heatmap, the week's packs and last month's coaching effect per axis.
import { html, getJson, idFromPath, fill, shortDate, start, axes, axisLabel } from "./dom.js";
import { heatmap } from "./heatmap.js";
import { packCard } from "./pack.js";

const teamId = idFromPath();
const team = encodeURIComponent(teamId);

async function packs() {
    const week = await getJson(`/api/teams/${team}/packs`);
    document.getElementById("week").textContent = week?.week ?? "";
    return week?.packs.length > 0
        ? html("div", { class: "cards" }, week.packs.map(packCard))
        : html("p", { class: "muted" }, "No packs this week yet: they are made on Monday mornings, or with POST /api/packs/generate.");
}

/**
 * Last month's coaching-effect report as one badge per axis: green when its packs lifted conversion by 5 points or
 * more, red when the method needs another iteration, grey while no pack on it could be measured yet.
 */
async function coachingEffect() {
    const report = await getJson("/api/reports/coaching-effect");
    if (!report) {
        return html("p", { class: "muted" }, "coaching-effect report: not available");
    }
    const measured = report.axes.filter(a => a.measured > 0);
    return html("div", {},
        html("p", {}, `coaching-effect report ${report.month}: ${report.packs.length} packs, ${measured.length} axes measured`),
        html("p", {}, axes.map(axis => {
            const effect = report.axes.find(a => a.axis === axis.key);
            const state = !effect || effect.measured === 0 ? "unmeasured" : effect.methodologyIterationNeeded ? "flagged" : "compliant";
            const detail = !effect || effect.measured === 0
                ? "no measured pack"
                : `${effect.meanImprovementPoints >= 0 ? "+" : ""}${effect.meanImprovementPoints} points${effect.methodologyIterationNeeded ? ": methodology iteration needed" : ""}`;
            return html("span", { class: `badge ${state}`, "data-axis": axis.key }, `${axisLabel(axis.key)}: ${detail}`);
        })));
}

async function main() {
    document.title = `Team ${teamId} · CallCoach`;
    document.getElementById("heading").textContent = `Team ${teamId}`;
    const radar = await getJson(`/api/teams/${team}/radar`);
    await Promise.all([
        fill(document.getElementById("heatmap"), async () => {
            if (!radar) {
                return html("p", {}, `There is no call of team ${teamId} yet.`);
            }
            document.getElementById("subtitle").textContent = `${radar.reps.length} reps, effective calls from ${shortDate(radar.from)} to ${shortDate(radar.to)}`;
            return heatmap(radar);
        }),
        fill(document.getElementById("packs"), packs),
        fill(document.getElementById("coaching-effect"), coachingEffect),
    ]);
}

start(main);
