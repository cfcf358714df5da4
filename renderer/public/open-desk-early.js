// Opens the desk's database while the app's JavaScript is still loading. A browser opens a large
// IndexedDB database slowly the first time (about a second for a million leads: it reads the
// files behind it); started here, that overlaps the download and compile of the first page
// instead of following them. The app remembers which database it opened last
// (renderer/db/desk-db.ts, `salesdesk:lastDeskDb`). Nothing is created: a database that is gone
// is not made again. The connection gives way to any upgrade and closes itself after a while.
(function () {
  try {
    var name = window.localStorage.getItem('salesdesk:lastDeskDb');
    if (!name || !window.indexedDB) return;
    var request = window.indexedDB.open(name);
    request.onupgradeneeded = function () {
      request.transaction.abort();
    };
    request.onsuccess = function () {
      var db = request.result;
      db.onversionchange = function () {
        db.close();
      };
      window.setTimeout(function () {
        db.close();
      }, 10000);
    };
    request.onerror = function (event) {
      event.preventDefault();
    };
  } catch {
    // Storage off or refused: the app opens the database itself, as it always does.
  }
})();
