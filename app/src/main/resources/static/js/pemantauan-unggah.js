// The upload card on /pemantauan: htmx does not swap error answers by default, but the card's 409 (another ingestion
// runs) and 400 (no file) answers are fragments meant to be shown in place.
document.addEventListener('htmx:beforeSwap', function (evt) {
  var status = evt.detail.xhr.status;
  if ((status === 409 || status === 400) && evt.detail.target && evt.detail.target.id === 'ingest-status') {
    evt.detail.shouldSwap = true;
    evt.detail.isError = false;
  }
});
