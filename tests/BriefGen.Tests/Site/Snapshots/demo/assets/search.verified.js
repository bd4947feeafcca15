/* BriefGen search: reads the index the build wrote under search/ (docs/search.md), loading only the shards of the
   words typed and the fragments of the results shown. No dependencies; every path is relative to the page. */
(function () {
  "use strict";
  var form = document.querySelector("[data-search-form]");
  if (!form || !window.fetch) return;
  var input = form.querySelector("[data-search-input]");
  var status = document.querySelector("[data-search-status]");
  var list = document.querySelector("[data-search-results]");
  var base = form.getAttribute("data-search-index");
  var root = form.getAttribute("data-search-root");
  function text(name, count, query) {
    return (form.getAttribute("data-text-" + name) || "").replace("{count}", String(count)).replace("{query}", function () { return query; });
  }
  var PAGE = 10;
  // Rank: a word in the title counts most, then in a topic, then summary/authors/kind/program, then the body.
  var FIELD_WEIGHTS = [[8, 16], [4, 8], [2, 3], [1, 1]];
  var cache = {};
  var meta = null;
  var shardKeys = null;
  var shown = 0;
  var results = [];
  var asked = 0;

  function load(path) {
    if (!cache[path]) {
      cache[path] = fetch(base + path).then(function (r) {
        if (!r.ok) throw new Error(path + ": " + r.status);
        return r.json();
      });
    }
    return cache[path];
  }

  // The build's normalisation (SearchTerms): NFD, combining marks dropped, lower case, split on non-letters/numbers.
  function fold(text) {
    return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
  }
  function terms(text) {
    return fold(text).split(/[^\p{L}\p{N}]+/u).filter(function (t) { return t.length > 0; });
  }

  function shardFile(key) {
    if (key === "") return "index/_.json";
    if (/^[a-z0-9]+$/.test(key)) return "index/" + key + ".json";
    var hex = "x";
    for (var i = 0; i < key.length; i++) hex += key.charCodeAt(i).toString(16).padStart(4, "0");
    return "index/" + hex + ".json";
  }

  function weight(fields) {
    var w = 0;
    FIELD_WEIGHTS.forEach(function (fw) { if (fields & fw[0]) w += fw[1]; });
    return w;
  }

  // The briefs a word of the query matches, with their score: the word itself, or (3 characters or more) any term
  // of its shard it starts, at half weight.
  function match(word) {
    var n = meta.prefixLength;
    // The shard is the longest key that starts the word: a small site has one shard (""), a large shard was split by
    // further characters.
    var key = null;
    for (var len = word.length; len >= 0 && key === null; len--) {
      if (shardKeys.has(word.slice(0, len))) key = word.slice(0, len);
    }
    if (key === null) return Promise.resolve(new Map());
    return load(shardFile(key)).then(function (shard) {
      var scores = new Map();
      Object.keys(shard).forEach(function (term) {
        var exact = term === word;
        if (!exact && (word.length < n || term.indexOf(word) !== 0)) return;
        var doc = 0;
        shard[term].forEach(function (p) {
          doc += Math.floor(p / 16);
          var s = weight(p % 16) * (exact ? 2 : 1);
          if (!(scores.get(doc) >= s)) scores.set(doc, s);
        });
      });
      return scores;
    });
  }

  function search(query) {
    var words = Array.from(new Set(terms(query)));
    if (words.length === 0) return Promise.resolve([]);
    return Promise.all(words.map(match)).then(function (maps) {
      var all = [];
      maps[0].forEach(function (score, doc) {
        var total = score;
        for (var i = 1; i < maps.length; i++) {
          var s = maps[i].get(doc);
          if (s === undefined) return; // every word must match
          total += s;
        }
        all.push([doc, total]);
      });
      all.sort(function (a, b) { return b[1] - a[1] || a[0] - b[0]; });
      return all.map(function (r) { return r[0]; });
    });
  }

  function documents(ids) {
    var size = meta.fragmentSize;
    return Promise.all(ids.map(function (id) {
      return load("docs/" + Math.floor(id / size) + ".json").then(function (f) { return f[id % size]; });
    }));
  }

  // Whether a word of a text (folded) is one the query matches: a query word itself, or a longer word it starts.
  function found(folded, words) {
    return words.some(function (w) { return folded === w || (w.length >= meta.prefixLength && folded.indexOf(w) === 0); });
  }

  // Appends text to el with every word that matches the query marked.
  function marked(el, text, words) {
    var re = /[\p{L}\p{N}\p{M}]+/gu;
    var at = 0;
    var m;
    while ((m = re.exec(text)) !== null) {
      if (!found(fold(m[0]), words)) continue;
      el.appendChild(document.createTextNode(text.slice(at, m.index)));
      var mark = document.createElement("mark");
      mark.textContent = m[0];
      el.appendChild(mark);
      at = m.index + m[0].length;
    }
    el.appendChild(document.createTextNode(text.slice(at)));
  }

  // The part of the excerpt or summary around the first word matched, else the start of the excerpt.
  function snippet(doc, words) {
    var texts = [doc.excerpt || "", doc.summary || ""];
    for (var t = 0; t < texts.length; t++) {
      var text = texts[t];
      var re = /[\p{L}\p{N}\p{M}]+/gu;
      var m;
      while ((m = re.exec(text)) !== null) {
        if (found(fold(m[0]), words)) {
          var start = Math.max(0, text.lastIndexOf(" ", Math.max(0, m.index - 60)));
          var end = text.indexOf(" ", Math.min(text.length, m.index + 140));
          return (start > 0 ? "… " : "") + text.slice(start, end < 0 ? text.length : end).trim() + (end < 0 ? "" : " …");
        }
      }
    }
    var first = texts[0] || texts[1];
    return first.length > 200 ? first.slice(0, first.lastIndexOf(" ", 200)) + " …" : first;
  }

  function render(doc, words) {
    var li = document.createElement("li");
    li.className = "search-result";
    var h = document.createElement("h2");
    var a = document.createElement("a");
    a.href = root + doc.url;
    marked(a, doc.title, words);
    h.appendChild(a);
    li.appendChild(h);
    var details = [doc.kind, doc.date].filter(Boolean);
    if (details.length) {
      var p = document.createElement("p");
      p.className = "search-meta";
      if (doc.kind) p.appendChild(document.createTextNode(doc.kind));
      if (doc.kind && doc.date) p.appendChild(document.createTextNode(" · "));
      if (doc.date) {
        var time = document.createElement("time");
        time.dateTime = doc.datetime;
        time.textContent = doc.date;
        p.appendChild(time);
      }
      li.appendChild(p);
    }
    var s = document.createElement("p");
    s.className = "search-snippet";
    marked(s, snippet(doc, words), words);
    li.appendChild(s);
    return li;
  }

  function showMore(words, ask) {
    var ids = results.slice(shown, shown + PAGE);
    shown += ids.length;
    return documents(ids).then(function (docs) {
      if (ask !== asked) return;
      var old = list.querySelector(".search-more");
      if (old) old.remove();
      docs.forEach(function (d) { list.appendChild(render(d, words)); });
      if (shown < results.length) {
        var li = document.createElement("li");
        li.className = "search-more";
        var b = document.createElement("button");
        b.type = "button";
        b.textContent = text("more");
        b.addEventListener("click", function () { showMore(words, ask); });
        li.appendChild(b);
        list.appendChild(li);
      }
    });
  }

  function run() {
    var query = input.value;
    var ask = ++asked;
    var url = new URL(window.location.href);
    if (query.trim()) url.searchParams.set("q", query); else url.searchParams.delete("q");
    window.history.replaceState(null, "", url);
    var words = Array.from(new Set(terms(query)));
    return search(query).then(function (ids) {
      if (ask !== asked) return;
      results = ids;
      shown = 0;
      list.textContent = "";
      status.textContent = words.length === 0 ? "" : text(ids.length === 0 ? "none" : ids.length === 1 ? "one" : "other", ids.length, query.trim());
      return showMore(words, ask);
    }).catch(function (e) {
      if (ask === asked) status.textContent = text("unavailable") + " " + e.message;
    });
  }

  load("meta.json").then(function (m) {
    if (m.version !== 2) throw new Error("the index is of another version");
    meta = m;
    shardKeys = new Set(m.shards);
    form.addEventListener("submit", function (e) { e.preventDefault(); return run(); });
    input.addEventListener("input", run);
    form.setAttribute("data-search-ready", "");
    var q = new URLSearchParams(window.location.search).get("q");
    if (q) {
      input.value = q;
      run();
    }
  }).catch(function (e) {
    status.textContent = text("unavailable") + " " + e.message;
  });
})();
