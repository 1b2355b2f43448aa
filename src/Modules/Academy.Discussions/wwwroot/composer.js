// The composer, improved by script: the text is saved to the server a couple of seconds after typing stops
// ("Saved 14:02") and kept in this browser too, so a reload, a crash or an expired sign-in never loses it;
// a Preview button shows the post as it will look. Without script the form posts as it always does.
// Its words come from the page, in the reader's language (the form's data-text-* attributes); English if one is missing.
(() => {
    'use strict';
    const quietPeriodMs = 2000;
    const language = document.documentElement.lang || undefined;
    const fallback = {
        restored: 'Restored the text you had typed in this browser.',
        notSaved: 'Not saved to the server (are you still signed in?). Your text is kept in this browser.',
        saved: 'Draft saved {0}',
        offline: 'Offline: your text is kept in this browser and saved when you are back.',
        preview: 'Preview',
        previewUnavailable: 'The preview is not available right now.',
        mentions: 'People to mention',
    };
    const textOf = (form, name) => form.dataset['text' + name[0].toUpperCase() + name.slice(1)] || fallback[name];

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
        const text = name => textOf(form, name);
        const say = words => { if (status) { status.textContent = words; } };
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
                say(text('restored'));
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
                    say(text('notSaved'));
                    return;
                }
                const { savedAt } = await response.json();
                localStorage.setItem(localKey, JSON.stringify({ ...fields, savedLocally: false }));
                say(text('saved').replace('{0}', new Date(savedAt).toLocaleTimeString(language, { hour: '2-digit', minute: '2-digit' })));
            } catch {
                say(text('offline'));
            }
        };
        const schedule = () => { clearTimeout(timer); timer = setTimeout(save, quietPeriodMs); };
        body.addEventListener('input', schedule);
        title?.addEventListener('input', schedule);
        form.addEventListener('submit', () => { clearTimeout(timer); });
        // Words typed before this script ran (on a slow connection the page is there first), or restored from this
        // browser, have not reached the server yet.
        if (body.value !== body.defaultValue || (title && title.value !== title.defaultValue)) {
            schedule();
        }

        attachMentionSuggestions(body, form.dataset.cohort, text('mentions'));

        if (preview) {
            const button = document.createElement('button');
            button.type = 'button';
            button.className = 'button secondary';
            button.textContent = text('preview');
            button.setAttribute('aria-controls', preview.id || (preview.id = `preview-${form.dataset.place.replace(/\W/g, '-')}`));
            button.addEventListener('click', async () => {
                const response = await post('preview', { body: body.value });
                preview.innerHTML = response.ok ? await response.text() : '';
                if (!response.ok) {
                    const unavailable = document.createElement('p');
                    unavailable.setAttribute('translate', 'yes');
                    unavailable.textContent = text('previewUnavailable');
                    preview.replaceChildren(unavailable);
                }
                preview.hidden = false;
            });
            form.querySelector('button[type=submit]')?.after(button);
        }
    });

    // "@" followed by the start of a name offers the cohort's members; arrows choose, Enter or Tab inserts.
    function attachMentionSuggestions(textarea, cohort, label) {
        let names = null;
        const list = document.createElement('ul');
        list.className = 'mention-suggestions';
        list.id = `${textarea.id}-mentions`;
        list.setAttribute('role', 'listbox');
        list.setAttribute('aria-label', label);
        list.hidden = true;
        textarea.after(list);
        textarea.setAttribute('aria-autocomplete', 'list');
        textarea.setAttribute('aria-controls', list.id);
        let active = 0;

        const typedQuery = () => {
            const before = textarea.value.slice(0, textarea.selectionStart);
            const match = before.match(/(?:^|\s)@([\p{L}\p{N} .'-]{0,40})$/u);
            return match ? match[1] : null;
        };
        const close = () => { list.hidden = true; list.replaceChildren(); textarea.removeAttribute('aria-activedescendant'); };
        const choose = name => {
            const caret = textarea.selectionStart;
            const before = textarea.value.slice(0, caret).replace(/@([\p{L}\p{N} .'-]{0,40})$/u, `@${name} `);
            textarea.value = before + textarea.value.slice(caret);
            textarea.selectionStart = textarea.selectionEnd = before.length;
            close();
            textarea.dispatchEvent(new Event('input'));
        };
        const show = matches => {
            list.replaceChildren(...matches.map((name, index) => {
                const option = document.createElement('li');
                option.id = `${list.id}-${index}`;
                option.setAttribute('role', 'option');
                option.setAttribute('aria-selected', index === active ? 'true' : 'false');
                option.textContent = name;
                option.addEventListener('mousedown', event => { event.preventDefault(); choose(name); });
                return option;
            }));
            list.hidden = matches.length === 0;
            if (matches.length > 0) {
                textarea.setAttribute('aria-activedescendant', `${list.id}-${active}`);
            }
        };

        textarea.addEventListener('input', async () => {
            const query = typedQuery();
            if (query === null) {
                close();
                return;
            }
            if (names === null) {
                names = [];
                const response = await fetch(`/cohorts/${encodeURIComponent(cohort)}/members/names`, { credentials: 'same-origin' });
                names = response.ok ? await response.json() : [];
            }
            const wanted = query.toLowerCase();
            active = 0;
            show(names.filter(name => name.toLowerCase().split(' ').some((_, i, parts) => parts.slice(i).join(' ').startsWith(wanted))).slice(0, 6));
        });
        textarea.addEventListener('keydown', event => {
            const options = list.querySelectorAll('[role=option]');
            if (list.hidden || options.length === 0) {
                return;
            }
            if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
                event.preventDefault();
                active = (active + (event.key === 'ArrowDown' ? 1 : options.length - 1)) % options.length;
                options.forEach((option, index) => option.setAttribute('aria-selected', index === active ? 'true' : 'false'));
                textarea.setAttribute('aria-activedescendant', options[active].id);
            } else if (event.key === 'Enter' || event.key === 'Tab') {
                event.preventDefault();
                choose(options[active].textContent);
            } else if (event.key === 'Escape') {
                close();
            }
        });
        textarea.addEventListener('blur', () => setTimeout(close, 150));
    }

    // After a successful post the page changes address; forget local copies the server has discarded.
    if (new URLSearchParams(location.search).has('at')) {
        Object.keys(localStorage).filter(key => key.startsWith('academy:draft:') && key.endsWith(':thread:' + location.pathname.split('/').pop()))
            .forEach(key => localStorage.removeItem(key));
    }
})();
