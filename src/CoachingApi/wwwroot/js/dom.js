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

// The pages are login-free; the API is not. The person signs in with an API key (cc_…) or their identity provider's
// bearer token, kept in this tab's sessionStorage only, and every request carries it in a header. Headers, not
// cookies, so no other site can make the browser send it.
const credentialKey = "callcoach.credential";

function credentialHeaders() {
    const credential = sessionStorage.getItem(credentialKey);
    if (!credential) {
        return {};
    }
    return credential.startsWith("cc_") ? { "X-Api-Key": credential } : { Authorization: `Bearer ${credential}` };
}

/** fetch() with the signed-in credential; a 401 means it is missing, wrong or revoked, so the sign-in form comes back. */
export async function apiFetch(url, accept) {
    const response = await fetch(url, { headers: { Accept: accept ?? "application/json", ...credentialHeaders() } });
    if (response.status === 401) {
        sessionStorage.removeItem(credentialKey);
        throw new Error("not signed in, or the key or token is no longer valid: reload the page to sign in again");
    }
    if (response.status === 403) {
        throw new Error("you may not see this: reps see their own data, managers their own teams'");
    }
    return response;
}

/** The JSON of a GET, or null when the API answers 404 (no calls yet, no pack yet). Other failures throw. */
export async function getJson(url) {
    const response = await apiFetch(url);
    if (response.status === 404) {
        return null;
    }
    if (!response.ok) {
        throw new Error(`${url} answered ${response.status}`);
    }
    return response.json();
}

/** A protected file (a clip) as a same-page object URL, because an <audio src> cannot send a header. */
export async function objectUrl(url, accept) {
    const response = await apiFetch(url, accept);
    if (!response.ok) {
        throw new Error(`${url} answered ${response.status}`);
    }
    return URL.createObjectURL(await response.blob());
}

function signInForm() {
    const input = html("input", { id: "credential", type: "password", autocomplete: "off", size: 48, placeholder: "cc_… API key or bearer token" });
    const form = html("form", { id: "sign-in", class: "sign-in" },
        html("h2", {}, "Sign in"),
        html("p", { class: "muted" }, "Paste the API key your admin gave you, or a token from your company's sign-in. It is kept in this tab only."),
        input,
        html("button", { type: "submit" }, "Sign in"));
    form.addEventListener("submit", (event) => {
        event.preventDefault();
        const value = input.value.trim();
        if (value) {
            sessionStorage.setItem(credentialKey, value);
            location.reload();
        }
    });
    return form;
}

function signOutButton() {
    const button = html("button", { id: "sign-out", type: "button", class: "sign-out" }, "Sign out");
    button.addEventListener("click", () => {
        sessionStorage.removeItem(credentialKey);
        location.reload();
    });
    return button;
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
    if (!sessionStorage.getItem(credentialKey)) {
        document.getElementById("content").replaceChildren(signInForm());
        document.body.setAttribute("data-loaded", "true");
        return;
    }
    document.querySelector("header").append(signOutButton());
    main()
        .catch((error) => document.getElementById("content").replaceChildren(html("p", { class: "error" }, `Could not load: ${error.message}`)))
        .finally(() => document.body.setAttribute("data-loaded", "true"));
}
