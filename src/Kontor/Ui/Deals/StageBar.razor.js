// Scrolls a sideways-scrolling stage bar so that the current stage sits in the middle; the page itself never moves.
export function centerCurrent(id) {
  const stage = document.getElementById(id);
  const bar = stage?.closest(".kd-stagebar");
  if (!stage || !bar || bar.scrollWidth <= bar.clientWidth) {
    return;
  }

  bar.scrollLeft = stage.offsetLeft - (bar.clientWidth - stage.offsetWidth) / 2;
}
