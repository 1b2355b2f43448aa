// Progressive enhancement for every page: each feature finds its markers and does nothing without them.
(() => {
    'use strict';

    // The page's words for a count, from its data-one / data-other attributes (the resources, in the page's language);
    // English only if the page did not give them.
    const countText = (element, count, one, other) => count === 1
        ? (element.dataset.one || one)
        : (element.dataset.other || other).replace('{0}', String(count));

    // The unread counts beside "Messages" and "Notifications" in the header, each fetched after the page has rendered
    // from the address its badge names (data-unread-count).
    document.querySelectorAll('[data-unread-count]').forEach(badge => {
        fetch(badge.dataset.unreadCount, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
            .then(response => response.ok ? response.json() : null)
            .then(result => {
                if (result && result.unread > 0) {
                    badge.textContent = countText(badge, result.unread, '1 new', '{0} new');
                    badge.hidden = false;
                }
            })
            .catch(() => { /* the link still works without the count */ });
    });

    // Sign-up and sign-in suggest the browser's time zone for an account that has none yet; without scripts, the
    // account keeps the default zone until the person chooses on their account page.
    const browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (browserZone) {
        document.querySelectorAll('input[data-browser-time-zone]').forEach(input => { input.value = browserZone; });
    }
})();
