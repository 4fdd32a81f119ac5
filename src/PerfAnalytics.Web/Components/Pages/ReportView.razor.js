// Brings the highlighted figure of a report's text into view.
export function reveal(container) {
    container?.querySelector('mark.selected')?.scrollIntoView({ block: 'center' });
}
