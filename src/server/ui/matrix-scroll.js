// The claims matrix scrolls inside its frame; these cues say when outlet columns lie beyond its edges.

const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * Keeps the frame's `more-left` / `more-right` classes (edge shadows) and the hint button
 * ("Scroll for 3 more outlets →") in step with the scroller's position and size. A column counts
 * as out of sight when less than three quarters of it show between the sticky claim and count
 * columns on the left and the scroller's right edge.
 */
export function watchOverflow(frame, scroller, hint) {
  let pending = false;
  const stickyRight = () => (scroller.querySelector('thead th.indep-h') ?? scroller).getBoundingClientRect().right;
  const update = () => {
    pending = false;
    if (!scroller.isConnected) return observer.disconnect(); // the page was left
    const box = scroller.getBoundingClientRect();
    const left = stickyRight();
    const right = box.left + scroller.clientWidth;
    let before = 0;
    let after = 0;
    for (const th of scroller.querySelectorAll('thead th.outlet-col')) {
      const r = th.getBoundingClientRect();
      const shown = Math.min(r.right, right) - Math.max(r.left, left);
      if (shown >= r.width * 0.75) continue;
      if (r.left + r.width / 2 > (left + right) / 2) after++;
      else before++;
    }
    const max = scroller.scrollWidth - scroller.clientWidth;
    frame.classList.toggle('more-right', after > 0 || scroller.scrollLeft < max - 1);
    frame.classList.toggle('more-left', scroller.scrollLeft > 1);
    hint.hidden = after === 0 && before === 0;
    hint.dataset.dir = after > 0 ? 'right' : 'left';
    hint.textContent = after > 0 ? `Scroll for ${plural(after, 'more outlet')} →` : `← Back to the first ${plural(before, 'outlet')}`;
  };
  const schedule = () => {
    if (pending) return;
    pending = true;
    requestAnimationFrame(update);
  };
  hint.addEventListener('click', () => {
    const smooth = !matchMedia('(prefers-reduced-motion: reduce)').matches;
    const page = Math.max(80, scroller.getBoundingClientRect().left + scroller.clientWidth - stickyRight() - 24);
    if (hint.dataset.dir === 'right') scroller.scrollBy({ left: page, behavior: smooth ? 'smooth' : 'auto' });
    else scroller.scrollTo({ left: 0, behavior: smooth ? 'smooth' : 'auto' });
  });
  scroller.addEventListener('scroll', schedule, { passive: true });
  // Fires once the matrix is laid out, and again whenever the panel or the table changes size.
  const observer = new ResizeObserver(schedule);
  observer.observe(scroller);
  observer.observe(scroller.firstElementChild ?? scroller);
}
