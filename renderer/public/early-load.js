// Asks main for the plan while the app's modules are still downloading and being evaluated (issue 16);
// renderer/store/boot.ts takes the answer. A classic script, so it runs as soon as the page is parsed.
if (window.planner) window.plannerEarlyLoad = window.planner.loadPlan({});

(function startEarly() {
  var language = 'en';
  try {
    // The language last shown: renderer/i18n/guess-language.ts remembers it under the same key.
    if (window.localStorage.getItem('planner.interfaceLanguage') === 'zh-CN') language = 'zh-CN';
  } catch {
    // Storage refused: English, as guess-language.ts falls back to.
  }

  // Its texts start downloading now too, alongside the entry chunk rather than after it has run (note 0024).
  // The build lists each language's files (scripts/vite/start-preload-plugin.ts).
  try {
    var listed = document.querySelector('meta[name="planner-start-preload"]');
    var files = listed ? JSON.parse(listed.getAttribute('content') || '{}')[language] || [] : [];
    for (var i = 0; i < files.length; i++) {
      var link = document.createElement('link');
      link.rel = 'modulepreload';
      link.crossOrigin = '';
      link.href = files[i];
      document.head.appendChild(link);
    }
  } catch {
    // Only a head start: without it the texts load when the app asks for them.
  }

  // While the code downloads the page has nothing else to do: the platform loads its date and number data
  // the first time a formatter is made (20-30 ms), so make the first screen's kinds now (in a task of their
  // own, after the parser has asked for the code), not while the first screen is drawn.
  setTimeout(function warmFormatters() {
    try {
      new Intl.DateTimeFormat(language, { dateStyle: 'medium' }).format(0);
      new Intl.NumberFormat(language, { style: 'currency', currency: 'USD' }).format(0);
      new Intl.PluralRules(language).select(1);
    } catch {
      // Nothing depends on it.
    }
  }, 0);
})();
