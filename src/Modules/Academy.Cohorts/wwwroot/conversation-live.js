// New messages appear on an open conversation as they are written (server-sent events), in the markup the page itself
// uses, and are marked read while the page is in view. Progressive enhancement: the page is complete without this
// script, and reloading it shows the same messages. Its words come from the page (the list's data-text-* attributes).
(() => {
    'use strict';
    const list = document.querySelector('ol.messages[data-live-events]');
    if (!list || !('EventSource' in window)) {
        return;
    }

    const status = document.querySelector('[data-live-status]');
    const newMessage = list.dataset.textNewMessage || 'New message from {0}.';
    const token = document.querySelector('form input[name="__RequestVerificationToken"]')?.value;
    let unreadUpTo = 0;

    // What arrived is read once the page is in view; a page in a background tab waits until it is looked at.
    const markRead = () => {
        if (!token || unreadUpTo === 0 || document.visibilityState !== 'visible') {
            return;
        }
        const body = new URLSearchParams({ __RequestVerificationToken: token, upTo: String(unreadUpTo) });
        unreadUpTo = 0;
        fetch(list.dataset.readUrl, { method: 'POST', body, credentials: 'same-origin' }).catch(() => { /* read on the next visit */ });
    };
    document.addEventListener('visibilitychange', markRead);

    // The last message the page received; a stream opened again starts from there.
    let received = Number(list.dataset.lastNumber || '0');
    const listen = source => {
        // Whether the stream is open now: for styles, and for tests to wait on.
        source.addEventListener('open', () => { list.dataset.liveConnected = 'true'; });
        source.addEventListener('error', () => {
            delete list.dataset.liveConnected;
            // The browser comes back on its own after a dropped connection, but gives up for good on an error
            // response (a restarting instance, a full queue): then the page opens a new stream a little later.
            if (source.readyState === EventSource.CLOSED) {
                setTimeout(() => listen(new EventSource(`${list.dataset.liveEvents}?after=${received}`)), 5000);
            }
        });
        source.addEventListener('message', event => show(JSON.parse(event.data)));
    };

    const show = message => {
        received = Math.max(received, message.number);
        if (document.getElementById(`message-${message.number}`)) {
            return; // already on the page
        }

        // Markup written by the server for this reader; the message's own HTML was made safe when it was written.
        list.insertAdjacentHTML('beforeend', message.html);
        if (!message.isOwn) {
            unreadUpTo = Math.max(unreadUpTo, message.number);
            if (status) {
                status.textContent = newMessage.replace('{0}', message.authorName);
            }
        }
        markRead();
    };

    listen(new EventSource(`${list.dataset.liveEvents}?after=${received}`));
})();
