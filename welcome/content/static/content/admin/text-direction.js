// Editors type Arabic into the same admin as German: every text field and rich-text editor takes
// its direction from what is typed (dir="auto"), so Arabic runs right to left and German left to
// right, in the page editor and in wagtail-localize's translation editor alike.
(function () {
  "use strict";
  var FIELDS = 'input[type="text"], input:not([type]), textarea, [contenteditable="true"]';

  function mark(root) {
    if (root.matches && root.matches(FIELDS) && !root.hasAttribute("dir")) {
      root.setAttribute("dir", "auto");
    }
    if (root.querySelectorAll) {
      root.querySelectorAll(FIELDS).forEach(function (field) {
        if (!field.hasAttribute("dir")) {
          field.setAttribute("dir", "auto");
        }
      });
    }
  }

  function start() {
    mark(document);
    new MutationObserver(function (changes) {
      changes.forEach(function (change) {
        change.addedNodes.forEach(function (node) {
          if (node.nodeType === 1) {
            mark(node);
          }
        });
      });
    }).observe(document.body, { childList: true, subtree: true });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
