// Progressive enhancement for every page: each feature finds its markers and does nothing without them.
(() => {
    'use strict';

    // The unread count beside "Notifications" in the header, fetched after the page has rendered.
    const unreadBadge = document.querySelector('[data-unread-count]');
    if (unreadBadge) {
        fetch('/notifications/unread-count', { credentials: 'same-origin', headers: { Accept: 'application/json' } })
            .then(response => response.ok ? response.json() : null)
            .then(result => {
                if (result && result.unread > 0) {
                    unreadBadge.textContent = `${result.unread} new`;
                    unreadBadge.hidden = false;
                }
            })
            .catch(() => { /* the link still works without the count */ });
    }
})();
