// Dragging needs a fine pointer; on touch screens cards scroll the board and move through their menu instead.
export function isTouch() {
  return window.matchMedia("(pointer: coarse)").matches;
}
