// The conversation's composer, improved by script: the text is saved to the server a couple of seconds after typing
// stops ("Draft saved 14:02") and kept in this browser too, so a reload, a crash or an expired sign-in never loses it.
// Sending the message discards the draft. Without script the form posts as it always does. Its words come from the page
// (the form's data-text-* attributes), in the reader's language; English if one is missing.
(() => {
    'use strict';
    const quietPeriodMs = 2000;
    const language = document.documentElement.lang || undefined;
    const fallback = {
        restored: 'Restored the text you had typed in this browser.',
        notSaved: 'Not saved to the server (are you still signed in?). Your text is kept in this browser.',
        saved: 'Draft saved {0}',
        offline: 'Offline: your text is kept in this browser and saved when you are back.',
    };

    document.querySelectorAll('form[data-message-draft]').forEach(form => {
        const body = form.querySelector('textarea');
        const status = form.querySelector('[data-draft-status]');
        const token = form.querySelector('input[name="__RequestVerificationToken"]')?.value;
        if (!body || !token) {
            return;
        }

        const text = name => form.dataset['text' + name[0].toUpperCase() + name.slice(1)] || fallback[name];
        const say = words => { if (status) { status.textContent = words; } };
        const localKey = `academy:message-draft:${form.dataset.user}:${form.dataset.messageDraft}`;
        const keepLocally = (value, savedLocally) => {
            try {
                localStorage.setItem(localKey, JSON.stringify({ body: value, savedLocally }));
            } catch { /* private mode: the server copy is enough */ }
        };

        // A copy kept in this browser wins when the server did not get it (typed offline, or while the sign-in had expired).
        try {
            const local = JSON.parse(localStorage.getItem(localKey) || 'null');
            if (local && local.savedLocally && local.body && local.body !== body.value) {
                body.value = local.body;
                say(text('restored'));
            }
        } catch { /* storage unavailable */ }

        let timer;
        const save = async () => {
            const value = body.value;
            keepLocally(value, true);
            try {
                const response = await fetch(form.dataset.messageDraft, {
                    method: 'POST',
                    body: new URLSearchParams({ __RequestVerificationToken: token, body: value }),
                    credentials: 'same-origin',
                    redirect: 'manual',
                });
                if (!response.ok) {
                    say(text('notSaved'));
                    return;
                }
                const { savedAt } = await response.json();
                keepLocally(value, false);
                say(text('saved').replace('{0}', new Date(savedAt).toLocaleTimeString(language, { hour: '2-digit', minute: '2-digit' })));
            } catch {
                say(text('offline'));
            }
        };
        const schedule = () => { clearTimeout(timer); timer = setTimeout(save, quietPeriodMs); };
        body.addEventListener('input', schedule);
        // Sent: the server discards its draft with the message, and this browser forgets its copy. A refused message comes
        // back in the form as typed.
        form.addEventListener('submit', () => {
            clearTimeout(timer);
            try { localStorage.removeItem(localKey); } catch { /* nothing kept */ }
        });
        // Words typed before this script ran (on a slow connection the page is there first), or restored from this
        // browser, have not reached the server yet.
        if (body.value !== body.defaultValue) {
            schedule();
        }
    });
})();
