// Keeps /pledges/import's progress current while a file is checked or imported, then shows the result. Without this
// script the page's own link reloads it; nothing here is needed to import.
(function () {
    "use strict";

    var progress = document.getElementById("import-progress");
    if (progress) {
        var bar = progress.querySelector("progress");
        var text = document.getElementById("import-progress-text");
        var poll = function () {
            fetch(progress.getAttribute("data-status-url"), { headers: { Accept: "application/json" }, credentials: "same-origin" })
                .then(function (response) { return response.ok ? response.json() : null; })
                .then(function (status) {
                    if (!status || status.done) {
                        window.location.reload();
                        return;
                    }
                    bar.value = status.percent;
                    // Announced by the live region only when the words change, not on every poll.
                    if (text.textContent !== status.text) text.textContent = status.text;
                    window.setTimeout(poll, 1000);
                })
                .catch(function () { window.setTimeout(poll, 5000); });
        };
        window.setTimeout(poll, 1000);
    }

    // Saves a long upload that the server would refuse anyway.
    var form = document.querySelector("form[data-max-bytes]");
    if (form) {
        form.addEventListener("submit", function (event) {
            var input = form.querySelector("input[type=file]");
            var max = Number(form.getAttribute("data-max-bytes"));
            if (input.files.length === 1 && input.files[0].size > max) {
                event.preventDefault();
                input.setCustomValidity(form.getAttribute("data-too-large"));
                input.reportValidity();
                input.addEventListener("change", function () { input.setCustomValidity(""); }, { once: true });
            }
        });
    }
})();
