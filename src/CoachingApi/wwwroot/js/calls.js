// A rep's recent calls: a strip of dots (oldest left) coloured by compliance, then the list with its flags.
import { html, svg, shortDate, minutesSeconds } from "./dom.js";

function verdict(call) {
    if (call.complianceFlagged === true) {
        return { name: "flagged", text: "compliance flagged", colour: "#dc2626" };
    }
    if (call.complianceFlagged === false) {
        return { name: "compliant", text: "compliant", colour: "#16a34a" };
    }
    return { name: "unknown", text: call.status === "received" ? "not analysed yet" : call.status, colour: "#9ca3af" };
}

// Anomaly flags a manager has not cleared yet hold the call back: it does not count as effective until then.
function held(call) {
    return call.anomalies?.pending ? call.anomalies.flags.map(f => f.flag).join(", ") : null;
}

function when(call) {
    return call.startedAt ?? call.receivedAt;
}

function strip(calls) {
    const step = 26;
    const oldestFirst = [...calls].reverse();
    const width = Math.max(step * oldestFirst.length + 10, 60);
    return svg("svg", { class: "call-strip", viewBox: `0 0 ${width} 34`, width, height: 34, role: "img" },
        svg("title", {}, "Recent calls, oldest left: red = compliance flagged, green = compliant, hollow = not an effective conversation"),
        oldestFirst.map((call, i) => {
            const v = verdict(call);
            return svg("circle", {
                class: `call-dot ${v.name}`, "data-call": call.id, cx: 18 + i * step, cy: 17, r: 9,
                fill: call.effective ? v.colour : "#fff", stroke: v.colour, "stroke-width": 3,
            }, svg("title", {}, `${shortDate(when(call))}: ${v.text}${held(call) ? `, held back (${held(call)})` : call.effective ? "" : ", not effective"}`));
        }));
}

function row(call) {
    const v = verdict(call);
    return html("li", { class: `call ${v.name}`, "data-call": call.id },
        html("a", { href: `/api/calls/${call.id}` }, shortDate(when(call))),
        " ", html("span", { class: "muted" }, call.durationSeconds === null ? "" : minutesSeconds(call.durationSeconds)),
        " ", html("span", { class: `badge ${v.name}` }, v.text),
        held(call) ? html("span", { class: "badge held", title: "not counted as effective until a manager clears it" }, `held back: ${held(call)}`)
            : call.effective === false ? html("span", { class: "badge muted" }, "not effective") : null,
        call.customerId ? html("span", { class: "muted" }, ` customer ${call.customerId}`) : null);
}

export function recentCalls(page) {
    if (page.items.length === 0) {
        return html("p", { class: "muted" }, "No calls yet.");
    }
    return [strip(page.items), html("ul", { class: "calls" }, page.items.map(row))];
}
