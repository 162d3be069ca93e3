// Small helpers shared by the pages. Every value from the API goes into the page as text, never as markup,
// so a rep name or a transcript line cannot inject anything.

const svgNs = "http://www.w3.org/2000/svg";

function build(element, attrs, children) {
    for (const [name, value] of Object.entries(attrs ?? {})) {
        if (value !== null && value !== undefined && value !== false) {
            element.setAttribute(name, String(value));
        }
    }
    for (const child of children.flat()) {
        if (child !== null && child !== undefined && child !== false) {
            element.append(child instanceof Node ? child : document.createTextNode(String(child)));
        }
    }
    return element;
}

/** An HTML element: html("a", { href: "/x" }, "text", otherNode). */
export function html(tag, attrs, ...children) {
    return build(document.createElement(tag), attrs, children);
}

/** An SVG element, same shape as html(). */
export function svg(tag, attrs, ...children) {
    return build(document.createElementNS(svgNs, tag), attrs, children);
}

/** The JSON of a GET, or null when the API answers 404 (no calls yet, no pack yet). Other failures throw. */
export async function getJson(url) {
    const response = await fetch(url, { headers: { Accept: "application/json" } });
    if (response.status === 404) {
        return null;
    }
    if (!response.ok) {
        throw new Error(`${url} answered ${response.status}`);
    }
    return response.json();
}

/** The id in /reps/{id} or /teams/{id}. */
export function idFromPath() {
    const parts = location.pathname.split("/").filter(Boolean);
    return parts.length >= 2 ? decodeURIComponent(parts[1]) : "";
}

/** The four radar axes, in the order the radar draws them. */
export const axes = [
    { key: "needsDiscovery", label: "Needs discovery" },
    { key: "solutionPresentation", label: "Solution presentation" },
    { key: "objectionHandling", label: "Objection handling" },
    { key: "closing", label: "Closing" },
];

export function axisLabel(key) {
    return axes.find((a) => a.key === key)?.label ?? key;
}

export function shortDate(iso) {
    return new Date(iso).toLocaleDateString(undefined, { year: "numeric", month: "short", day: "numeric" });
}

export function minutesSeconds(seconds) {
    const whole = Math.floor(seconds ?? 0);
    return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, "0")}`;
}

/** Replaces a section's "loading" text with its content, or with the reason it could not load. */
export async function fill(section, render) {
    try {
        const content = await render();
        section.classList.remove("muted");
        section.replaceChildren(...[content].flat());
    } catch (error) {
        section.replaceChildren(html("p", { class: "error" }, `Could not load: ${error.message}`));
    }
}

/** Runs a page's main function; a failure shows in the page, and data-loaded tells tests and people it is done. */
export function start(main) {
    main()
        .catch((error) => document.getElementById("content").replaceChildren(html("p", { class: "error" }, `Could not load: ${error.message}`)))
        .finally(() => document.body.setAttribute("data-loaded", "true"));
}
