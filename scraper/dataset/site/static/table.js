// The locations table: filters (state, type, tactic, text) and sortable columns over the rows the
// page already holds, so the page works without this script. Rows are hidden, never rebuilt, which
// keeps 3,000 rows fast; the filters are mirrored in the URL (?state=CT&tactic=letters&q=...).
(function () {
  "use strict";
  const table = document.getElementById("locations");
  const form = document.getElementById("filters");
  const shown = document.getElementById("shown");
  const body = table.tBodies[0];
  const rows = Array.from(body.rows).map((tr) => ({
    tr,
    state: tr.dataset.state,
    type: tr.dataset.type,
    tactics: new Set(tr.dataset.tactics.split(" ")),
    text: tr.cells[0].textContent.toLowerCase() + " " + tr.cells[0].firstElementChild.getAttribute("href").toLowerCase(),
  }));

  function applyFilters() {
    const want = Object.fromEntries(new FormData(form));
    const q = (want.q || "").trim().toLowerCase();
    let count = 0;
    for (const row of rows) {
      const keep = (!want.state || row.state === want.state) &&
        (!want.type || row.type === want.type) &&
        (!want.tactic || row.tactics.has(want.tactic)) &&
        (!q || row.text.includes(q));
      if (row.tr.hidden === keep) row.tr.hidden = !keep; // untouched rows cost no layout
      if (keep) count += 1;
    }
    shown.textContent = count.toLocaleString("en-US") + " of " + rows.length.toLocaleString("en-US") + " locations.";
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(want)) if (value) params.set(key, value);
    const query = params.toString();
    history.replaceState(null, "", query ? "?" + query : location.pathname);
  }

  function cellValue(tr, index, kind) {
    const cell = tr.cells[index];
    if (kind === "number") return Number(cell.dataset.value ?? cell.textContent.replace(/,/g, ""));
    return cell.textContent.trim().toLowerCase();
  }

  function sortBy(th) {
    const index = th.cellIndex;
    const kind = th.dataset.kind;
    const ascending = th.getAttribute("aria-sort") !== "ascending";
    for (const other of th.parentElement.cells) other.removeAttribute("aria-sort");
    th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
    const keyed = rows.map((row) => [cellValue(row.tr, index, kind), row]);
    keyed.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0) * (ascending ? 1 : -1));
    const fragment = document.createDocumentFragment();
    for (const [, row] of keyed) fragment.appendChild(row.tr);
    body.appendChild(fragment);
  }

  for (const th of table.tHead.rows[0].cells) {
    const button = document.createElement("button");
    button.type = "button";
    button.textContent = th.textContent;
    button.addEventListener("click", () => sortBy(th));
    th.replaceChildren(button);
  }
  const initial = new URLSearchParams(location.search);
  for (const field of form.elements) {
    if (field.name && initial.has(field.name)) field.value = initial.get(field.name);
  }
  form.addEventListener("input", applyFilters);
  form.addEventListener("submit", (event) => event.preventDefault());
  form.addEventListener("reset", (event) => {
    event.preventDefault(); // clear and filter at once, rather than after the browser's own reset
    for (const field of form.elements) if (field.name) field.value = "";
    applyFilters();
  });
  form.hidden = false;
  applyFilters();
  performance.mark("locations-table-ready");
})();
