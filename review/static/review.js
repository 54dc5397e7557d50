// The page's only script: light up the evidence boxes of the selected check (also on load when the URL names one, #check-<id>).
(function () {
  function select(check) {
    document.querySelectorAll("rect.evidence").forEach(function (r) {
      r.classList.toggle("on", r.dataset.check === check);
    });
    document.querySelectorAll("li.check").forEach(function (li) {
      li.classList.toggle("selected", li.id === "check-" + check);
    });
    var first = document.querySelector('rect.evidence[data-check="' + check + '"]');
    if (first) first.closest("figure").scrollIntoView({ block: "nearest" });
  }
  document.querySelectorAll("a.check-link").forEach(function (a) {
    a.addEventListener("click", function () { select(a.dataset.check); });
  });
  document.querySelectorAll("tr[data-field]").forEach(function (tr) {
    tr.addEventListener("mouseenter", function () {
      document.querySelectorAll('rect[data-field="' + tr.dataset.field + '"]').forEach(function (r) { r.classList.add("hover"); });
    });
    tr.addEventListener("mouseleave", function () {
      document.querySelectorAll("rect.hover").forEach(function (r) { r.classList.remove("hover"); });
    });
  });
  if (location.hash.indexOf("#check-") === 0) select(location.hash.slice(7));
})();
