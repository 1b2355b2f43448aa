// The composer, improved by script: the text is saved to the server a couple of seconds after typing stops
// ("Saved 14:02") and kept in this browser too, so a reload, a crash or an expired sign-in never loses it;
// a Preview button shows the post as it will look. Without script the form posts as it always does.
(() => {
    'use strict';
    const quietPeriodMs = 2000;

    document.querySelectorAll('form[data-composer]').forEach(form => {
        const body = form.querySelector('textarea');
        const title = form.querySelector('input[name$=".Title"]');
        const status = form.querySelector('[data-draft-status]');
        const preview = form.querySelector('[data-preview]');
        const token = form.querySelector('input[name="__RequestVerificationToken"]')?.value;
        if (!body || !token) {
            return;
        }

        const base = `/cohorts/${encodeURIComponent(form.dataset.cohort)}/discussions`;
        const localKey = `academy:draft:${form.dataset.user}:${form.dataset.cohort}:${form.dataset.place}`;
        const say = text => { if (status) { status.textContent = text; } };
        const post = (path, fields) => {
            const data = new URLSearchParams({ __RequestVerificationToken: token, ...fields });
            return fetch(`${base}/${path}`, { method: 'POST', body: data, credentials: 'same-origin', redirect: 'manual' });
        };

        // A copy kept in this browser wins when it is newer than what the page brought from the server
        // (typed while offline, or while the sign-in had expired).
        try {
            const local = JSON.parse(localStorage.getItem(localKey) || 'null');
            if (local && local.body && local.body !== body.value && (!body.value || local.savedLocally)) {
                body.value = local.body;
                if (title && local.title) { title.value = local.title; }
                say('Restored the text you had typed in this browser.');
            }
        } catch { /* storage unavailable: the server copy is enough */ }

        let timer;
        const save = async () => {
            const fields = { place: form.dataset.place, title: title ? title.value : '', body: body.value };
            try {
                localStorage.setItem(localKey, JSON.stringify({ ...fields, savedLocally: true }));
            } catch { /* private mode */ }
            try {
                const response = await post('drafts', fields);
                if (!response.ok) {
                    say('Not saved to the server (are you still signed in?). Your text is kept in this browser.');
                    return;
                }
                const { savedAt } = await response.json();
                localStorage.setItem(localKey, JSON.stringify({ ...fields, savedLocally: false }));
                say(`Draft saved ${new Date(savedAt).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })}`);
            } catch {
                say('Offline: your text is kept in this browser and saved when you are back.');
            }
        };
        const schedule = () => { clearTimeout(timer); timer = setTimeout(save, quietPeriodMs); };
        body.addEventListener('input', schedule);
        title?.addEventListener('input', schedule);
        form.addEventListener('submit', () => { clearTimeout(timer); });

        if (preview) {
            const button = document.createElement('button');
            button.type = 'button';
            button.className = 'button secondary';
            button.textContent = 'Preview';
            button.setAttribute('aria-controls', preview.id || (preview.id = `preview-${form.dataset.place.replace(/\W/g, '-')}`));
            button.addEventListener('click', async () => {
                const response = await post('preview', { body: body.value });
                preview.innerHTML = response.ok ? await response.text() : '<p>The preview is not available right now.</p>';
                preview.hidden = false;
            });
            form.querySelector('button[type=submit]')?.after(button);
        }
    });

    // After a successful post the page changes address; forget local copies the server has discarded.
    if (new URLSearchParams(location.search).has('at')) {
        Object.keys(localStorage).filter(key => key.startsWith('academy:draft:') && key.endsWith(':thread:' + location.pathname.split('/').pop()))
            .forEach(key => localStorage.removeItem(key));
    }
})();
