// Asks main for the plan while the app's modules are still downloading and being evaluated (issue 16);
// renderer/store/boot.ts takes the answer. A classic script, so it runs as soon as the page is parsed.
if (window.planner) window.plannerEarlyLoad = window.planner.loadPlan({});

// The texts of the language last shown start downloading now too, alongside the entry chunk rather than after
// it has run (note 0024). The build lists each language's files (scripts/vite/start-preload-plugin.ts); the
// remembered language is renderer/i18n/guess-language.ts's, under the same key.
(function preloadStartTexts() {
  try {
    var listed = document.querySelector('meta[name="planner-start-preload"]');
    if (!listed) return;
    var language = window.localStorage.getItem('planner.interfaceLanguage') === 'zh-CN' ? 'zh-CN' : 'en';
    var files = JSON.parse(listed.getAttribute('content') || '{}')[language] || [];
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
})();
