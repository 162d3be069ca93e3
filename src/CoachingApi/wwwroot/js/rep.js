// The rep page, /reps/{id}: radar, trend per axis, recent calls and this week's pack, each from the public API.
import { html, getJson, apiFetch, idFromPath, fill, shortDate, start } from "./dom.js";
import { trends } from "./trend.js";
import { recentCalls } from "./calls.js";
import { fullPack } from "./pack.js";

const repId = idFromPath();
const rep = encodeURIComponent(repId);

/** The server draws the radar (the same SVG as /api/reps/{id}/radar.svg); parsed as SVG, never run as markup. */
async function radarChart() {
    const response = await apiFetch(`/api/reps/${rep}/radar.svg`, "image/svg+xml");
    if (!response.ok) {
        throw new Error(`the radar chart answered ${response.status}`);
    }
    const parsed = new DOMParser().parseFromString(await response.text(), "image/svg+xml");
    return [
        document.importNode(parsed.documentElement, true),
        html("p", { class: "legend" },
            html("span", { class: "swatch rep" }), " this rep, last 30 days  ",
            html("span", { class: "swatch team-median" }), " team median"),
    ];
}

/** The rep's own packs, not the team's week: a rep may see their own pack and nobody else's. */
async function pack() {
    const packs = await getJson(`/api/reps/${rep}/packs`);
    const mine = packs?.packs.find((p) => p.week === packs.currentWeek);
    return mine ? fullPack(mine) : html("p", { class: "muted" }, `No pack for week ${packs?.currentWeek ?? ""} yet: packs are made on Monday mornings or on demand.`);
}

async function main() {
    document.title = `${repId} · CallCoach`;
    const radar = await getJson(`/api/reps/${rep}/radar`);
    const heading = document.getElementById("heading");
    if (!radar) {
        heading.textContent = repId;
        document.getElementById("content").replaceChildren(html("p", {}, `There is no call of rep ${repId} yet.`));
        return;
    }

    heading.textContent = radar.repName ?? radar.repId;
    document.getElementById("subtitle").replaceChildren(
        `${radar.calls} effective calls from ${shortDate(radar.from)} to ${shortDate(radar.to)}`,
        radar.teamId ? html("span", {}, " · team ", html("a", { href: `/teams/${encodeURIComponent(radar.teamId)}` }, radar.teamId)) : "");
    await Promise.all([
        fill(document.getElementById("radar"), radarChart),
        fill(document.getElementById("trend"), async () => trends(radar)),
        fill(document.getElementById("calls"), async () => recentCalls(await getJson(`/api/calls?repId=${rep}&pageSize=20`))),
        fill(document.getElementById("pack"), pack),
    ]);
}

start(main);
