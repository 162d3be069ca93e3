// The rep page, /reps/{id}: radar, trend per axis, recent calls and this week's pack, each from the public API.
import { html, getJson, idFromPath, fill, shortDate, start } from "./dom.js";
import { trends } from "./trend.js";
import { recentCalls } from "./calls.js";
import { fullPack } from "./pack.js";

const repId = idFromPath();
const rep = encodeURIComponent(repId);

/** The server draws the radar (the same SVG as /api/reps/{id}/radar.svg); parsed as SVG, never run as markup. */
async function radarChart() {
    const response = await fetch(`/api/reps/${rep}/radar.svg`);
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

async function pack(teamId) {
    if (!teamId) {
        return html("p", { class: "muted" }, "This rep's calls name no team, so there is no team week to find a pack in.");
    }
    const week = await getJson(`/api/teams/${encodeURIComponent(teamId)}/packs`);
    const mine = week?.packs.find((p) => p.repId === repId);
    return mine ? fullPack(mine) : html("p", { class: "muted" }, `No pack for week ${week?.week ?? ""} yet: packs are made on Monday mornings or on demand.`);
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
        fill(document.getElementById("pack"), () => pack(radar.teamId)),
    ]);
}

start(main);
