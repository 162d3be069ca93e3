// A coaching pack as a card: the rep page shows all of it, the team page a compact card per rep.
import { html, svg, axisLabel, minutesSeconds, objectUrl } from "./dom.js";

/** The rep's score as a bar on 0-100 with the team median as a dashed tick: how far below the team at a glance. */
export function scoreBar(score, median) {
    const width = 240;
    const x = (value) => 4 + ((width - 8) * value) / 100;
    return svg("svg", { class: "score-bar", viewBox: `0 0 ${width} 26`, width, height: 26, role: "img" },
        svg("title", {}, `score ${score}${median === null || median === undefined ? "" : `, team median ${median}`}`),
        svg("rect", { x: 4, y: 8, width: width - 8, height: 10, rx: 3, fill: "#e5e7eb" }),
        svg("rect", { class: "score", x: 4, y: 8, width: x(score) - 4, height: 10, rx: 3, fill: "#2563eb" }),
        median === null || median === undefined
            ? null
            : svg("line", { class: "median", x1: x(median), x2: x(median), y1: 2, y2: 24, stroke: "#111", "stroke-dasharray": "3 2", "stroke-width": 2 }));
}

/** The benchmark clip: a player when the call had audio; the transcript excerpt always, open when it is all there is. */
function clip(pack) {
    const c = pack.clip;
    if (!c) {
        return html("p", { class: "muted" }, "No benchmark clip: no other rep has a scored call on this axis yet.");
    }
    const excerpt = html("details", { class: "excerpt", open: c.audioUrl ? null : "" },
        html("summary", {}, c.audioUrl ? "Transcript of the clip" : "Transcript excerpt (the call had no audio)"),
        html("ul", {}, c.transcript.map((line) =>
            html("li", { class: `line ${line.speaker}` }, html("span", { class: "speaker" }, line.speaker), " ", line.text))));
    return html("div", { class: "clip" },
        html("p", {}, `Benchmark: ${minutesSeconds(c.durationSeconds)} of ${c.repId}'s call (scored ${Math.round(c.callScore)} on ${axisLabel(pack.why.axis)}).`),
        c.audioUrl ? player(c, pack) : null,
        excerpt);
}

/** The player gets the clip through the signed-in fetch; data-src keeps the API address for people and tests. */
function player(c, pack) {
    const audio = html("audio", { controls: "", preload: "metadata", "data-src": c.audioUrl, "data-pack": pack.id, "data-duration": c.durationSeconds });
    objectUrl(c.audioUrl, "audio/wav")
        .then((url) => { audio.src = url; })
        .catch((error) => audio.replaceWith(html("p", { class: "error" }, `Could not load the clip: ${error.message}`)));
    return audio;
}

function why(pack) {
    const w = pack.why;
    const median = w.teamMedian === null ? "no team median yet" : `team median ${w.teamMedian}`;
    const objection = w.objectionType ? ` The objection most often left unhandled: ${w.objectionType}.` : "";
    return html("div", { class: "why" },
        scoreBar(w.score, w.teamMedian),
        html("p", {}, `${axisLabel(w.axis)} is the weakest axis: ${w.score}, ${median}.${objection}`));
}

function template(pack) {
    const t = pack.template;
    return html("div", { class: "template", lang: t.language === "zh" ? "zh-CN" : "en" },
        html("h4", {}, t.title),
        html("p", { class: "muted" }, t.whenToUse),
        html("ol", {}, t.steps.map((step) => html("li", {}, step))),
        html("blockquote", { class: "script" }, t.script));
}

function rolePlay(pack) {
    return html("div", { class: "role-play", lang: pack.template.language === "zh" ? "zh-CN" : "en" },
        html("h4", {}, "Role-play"),
        html("ol", {}, pack.rolePlay.lines.map((line) =>
            html("li", {},
                html("p", { class: "line customer" }, html("span", { class: "speaker" }, "customer"), " ", line.customer),
                html("p", { class: "line rep" }, html("span", { class: "speaker" }, "you"), " ", line.modelAnswer)))));
}

/** The whole pack, for the rep it was made for. */
export function fullPack(pack) {
    return html("article", { class: "pack", "data-pack": pack.id },
        html("h3", {}, `Week ${pack.week}: ${axisLabel(pack.why.axis)}`),
        why(pack), clip(pack), template(pack), rolePlay(pack));
}

/** One card of the team's week: whose pack, why, the template's title and the clip. */
export function packCard(pack) {
    return html("article", { class: "pack card", "data-pack": pack.id },
        html("h3", {}, html("a", { href: `/reps/${encodeURIComponent(pack.repId)}` }, pack.repName ?? pack.repId), ` — ${axisLabel(pack.why.axis)}`),
        why(pack),
        html("p", { lang: pack.template.language === "zh" ? "zh-CN" : "en" }, html("strong", {}, "Template: "), pack.template.title),
        clip(pack));
}
