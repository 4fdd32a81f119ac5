// Brings the highlighted figure of a report's text into view, scrolling the text box only (not the page).
export function reveal(container) {
    const mark = container?.querySelector('mark.selected');
    if (!mark) return;
    container.scrollTop = Math.max(0, mark.offsetTop - container.clientHeight / 2);
}
