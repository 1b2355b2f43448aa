// New replies appear on an open thread page as they are written (server-sent events). Progressive
// enhancement: the page is complete without this script, and reloading it shows the same posts. Its words come
// from the page, in the reader's language (the list's data-text-* attributes); English if one is missing.
(() => {
    'use strict';
    const list = document.querySelector('ol.posts[data-live-events]');
    if (!list || !('EventSource' in window)) {
        return;
    }

    const status = document.querySelector('[data-live-status]');
    const language = document.documentElement.lang || undefined;
    const words = {
        reply: list.dataset.textReply || 'Reply',
        quote: list.dataset.textQuote || 'Quote',
        newReply: list.dataset.textNewReply || 'New reply from {0}.',
    };
    const threadPath = list.dataset.threadPath;
    const locked = list.dataset.locked === 'true';
    // Up to which post the page is known to be complete (each event says); a stream opened again starts from there.
    let complete = Number(list.dataset.lastSequence || '0');
    const remember = event => { complete = Math.max(complete, Number(event.lastEventId || '0')); };
    const listen = source => {
        // Whether the stream is open now: for styles, and for tests to wait on.
        source.addEventListener('open', () => { list.dataset.liveConnected = 'true'; });
        source.addEventListener('connected', remember);
        source.addEventListener('more', remember);
        source.addEventListener('error', () => {
            delete list.dataset.liveConnected;
            // The browser comes back on its own after a dropped connection, but gives up for good on an error
            // response (a restarting instance, a full queue): then the page opens a new stream a little later.
            if (source.readyState === EventSource.CLOSED) {
                setTimeout(() => listen(new EventSource(`${list.dataset.liveEvents}?after=${complete}`)), 5000);
            }
        });
        source.addEventListener('post', event => {
            remember(event);
            show(JSON.parse(event.data));
        });
    };

    const initials = name => name.split(' ').filter(Boolean).slice(0, 2).map(part => part[0].toUpperCase()).join('');
    const element = (tag, attributes = {}, text) => {
        const node = document.createElement(tag);
        Object.entries(attributes).forEach(([key, value]) => node.setAttribute(key, value));
        if (text !== undefined) {
            node.textContent = text;
        }
        return node;
    };

    const show = post => {
        if (document.getElementById(`post-${post.sequence}`)) {
            return; // already on the page
        }

        const root = post.parentSequence ?? post.sequence;
        const item = element('li', { class: post.parentSequence ? 'post sub-reply unread' : 'post unread', 'data-root': String(root) });
        const article = element('article', { id: `post-${post.sequence}`, 'aria-labelledby': `post-${post.sequence}-author` });
        const header = element('header', { class: 'post-header' });
        header.append(
            element('span', { class: 'avatar', 'aria-hidden': 'true' }, initials(post.authorName)),
            element('span', { class: 'post-author', id: `post-${post.sequence}-author`, translate: 'no' }, post.authorName));
        const permalink = element('a', { class: 'post-time meta', href: `${threadPath}?at=${post.sequence}#post-${post.sequence}` });
        permalink.append(element('time', { datetime: post.createdAt }, new Date(post.createdAt).toLocaleString(language)));
        header.append(permalink);
        const body = element('div', { class: 'prose', translate: 'no' });
        body.innerHTML = post.html; // stored HTML, made safe by the server's Markdown pipeline when it was written
        article.append(header, body);
        if (!locked) {
            const actions = element('footer', { class: 'post-actions' });
            actions.append(
                element('a', { href: `${threadPath}?at=${post.sequence}&replyTo=${post.sequence}#reply` }, words.reply),
                element('a', { href: `${threadPath}?at=${post.sequence}&quote=${post.sequence}#reply` }, words.quote));
            article.append(actions);
        }
        item.append(article);

        const group = list.querySelectorAll(`li[data-root="${root}"]`);
        if (post.parentSequence && group.length > 0) {
            group[group.length - 1].after(item);
        } else {
            list.append(item);
        }

        if (status) {
            status.textContent = words.newReply.replace('{0}', post.authorName);
        }
    };

    listen(new EventSource(`${list.dataset.liveEvents}?after=${complete}`));
})();
