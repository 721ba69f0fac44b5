// Suggestions under every search box that has a data-autocomplete-url attribute.
// The server returns JSON {results: [{title, url, type}]}; titles are inserted as
// text, never as HTML.
(function () {
  "use strict";

  var DELAY_MS = 200;
  var MIN_LENGTH = 2;

  function setUp(input, index) {
    var url = input.getAttribute("data-autocomplete-url");
    var form = input.form;
    var list = document.createElement("ul");
    var timer = null;
    var controller = null;
    var active = -1;

    list.id = "search-suggestions-" + index;
    list.className = "search-suggestions";
    list.setAttribute("role", "listbox");
    list.hidden = true;
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-controls", list.id);
    input.setAttribute("aria-expanded", "false");
    form.classList.add("has-suggestions");
    form.appendChild(list);

    function close() {
      list.hidden = true;
      list.textContent = "";
      active = -1;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
    }

    function highlight(position) {
      var options = list.querySelectorAll("[role=option]");
      if (!options.length) {
        return;
      }
      active = (position + options.length) % options.length;
      options.forEach(function (option, optionIndex) {
        option.setAttribute("aria-selected", optionIndex === active ? "true" : "false");
      });
      input.setAttribute("aria-activedescendant", options[active].id);
    }

    function show(results) {
      close();
      if (!results.length) {
        return;
      }
      results.forEach(function (result, resultIndex) {
        var item = document.createElement("li");
        var link = document.createElement("a");
        var kind = document.createElement("span");
        item.setAttribute("role", "option");
        item.id = list.id + "-" + resultIndex;
        link.href = result.url;
        link.tabIndex = -1;
        link.textContent = result.title;
        kind.className = "search-suggestions__type";
        kind.textContent = result.type;
        link.appendChild(kind);
        item.appendChild(link);
        list.appendChild(item);
      });
      list.hidden = false;
      input.setAttribute("aria-expanded", "true");
    }

    function fetchSuggestions() {
      var text = input.value.trim();
      if (text.length < MIN_LENGTH) {
        close();
        return;
      }
      if (controller) {
        controller.abort();
      }
      controller = new AbortController();
      fetch(url + "?q=" + encodeURIComponent(text), {
        headers: { Accept: "application/json" },
        signal: controller.signal,
      })
        .then(function (response) {
          return response.ok ? response.json() : { results: [] };
        })
        .then(function (data) {
          show(data.results || []);
        })
        .catch(function () {
          // A cancelled or failed request leaves the box working as a plain search form.
        });
    }

    input.addEventListener("input", function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(fetchSuggestions, DELAY_MS);
    });
    input.addEventListener("keydown", function (event) {
      if (list.hidden) {
        return;
      }
      if (event.key === "ArrowDown") {
        event.preventDefault();
        highlight(active + 1);
      } else if (event.key === "ArrowUp") {
        event.preventDefault();
        highlight(active - 1);
      } else if (event.key === "Enter" && active >= 0) {
        event.preventDefault();
        window.location.href = list.querySelectorAll("a")[active].href;
      } else if (event.key === "Escape") {
        close();
      }
    });
    document.addEventListener("click", function (event) {
      if (!form.contains(event.target)) {
        close();
      }
    });
  }

  document.querySelectorAll("input[data-autocomplete-url]").forEach(setUp);
})();
