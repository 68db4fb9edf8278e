// Adds "In your time zone: …" beside an event's time when the reader's clock is not on Berlin time.
// Without JavaScript the page already shows Berlin time with its offset from UTC.
(function () {
  "use strict";
  var zone;
  try { zone = Intl.DateTimeFormat().resolvedOptions().timeZone; } catch (error) { return; }
  if (!zone || zone === "Europe/Berlin") { return; }
  var lang = document.documentElement.lang || undefined;
  document.querySelectorAll("[data-local-time]").forEach(function (element) {
    var start = new Date(element.getAttribute("data-start"));
    var end = new Date(element.getAttribute("data-end"));
    if (isNaN(start) || isNaN(end)) { return; }
    var format = new Intl.DateTimeFormat(lang, { dateStyle: "full", timeStyle: "short", timeZone: zone });
    // timeStyle cannot be combined with timeZoneName, so the end time names its parts.
    var endFormat = new Intl.DateTimeFormat(lang, { hour: "2-digit", minute: "2-digit", timeZoneName: "short", timeZone: zone });
    element.textContent = element.getAttribute("data-label") + " " + format.format(start) + " – " + endFormat.format(end);
    element.hidden = false;
  });
})();
