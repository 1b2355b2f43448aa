// The reflection editor, improved by script: a live word count; the text saved to the server a couple of
// seconds after typing stops ("Draft saved 14:02") with a copy kept in this browser, offered back when the
// server's copy is older (written offline or while the sign-in had expired); a preview without leaving the
// page. Each save names the draft version it started from: when another tab or device saved in between, the
// server refuses (409) and this tab pauses autosave and lets the writer choose which text to keep. Without
// script the "Save draft", "Preview" and "Submit" buttons post the form as usual.
(() => {
    'use strict';
    const quietPeriodMs = 2000;
    const form = document.querySelector('form[data-reflection-editor]');
    const body = form?.querySelector('textarea');
    const token = form?.querySelector('input[name="__RequestVerificationToken"]')?.value;
    const versionField = form?.querySelector('[data-draft-version]');
    if (!form || !body || !token || !versionField) {
        return;
    }

    const count = form.querySelector('[data-word-count]');
    const status = form.querySelector('[data-draft-status]');
    const choices = form.querySelector('[data-conflict-actions]');
    const preview = form.querySelector('[data-preview]');
    const localKey = form.dataset.localKey;
    // The words come from the page (data-text-* on the form, in the reader's language); English only if one is missing.
    const text = (name, fallback, value) => (form.dataset[name] || fallback).replace('{0}', () => String(value ?? ''));
    const say = words => { if (status) { status.textContent = words; } };
    const clock = iso => new Date(iso).toLocaleTimeString(document.documentElement.lang || [], { hour: '2-digit', minute: '2-digit' });
    const showCount = () => {
        if (count) {
            const words = (body.value.match(/\S+/g) || []).length;
            count.textContent = words === 1 ? text('textWord', '{0} word', words) : text('textWords', '{0} words', words);
        }
    };
    const remember = unsaved => {
        try { localStorage.setItem(localKey, JSON.stringify({ body: body.value, unsaved })); } catch { /* private mode */ }
    };
    const post = (url, fields) => fetch(url, {
        method: 'POST',
        credentials: 'same-origin',
        redirect: 'manual',
        body: new URLSearchParams({ __RequestVerificationToken: token, ...fields }),
    });
    const useVersion = version => { versionField.value = String(version); };

    let timer;
    let waitingForChoice = false;
    try {
        const local = JSON.parse(localStorage.getItem(localKey) || 'null');
        if (local && local.unsaved && local.body && local.body !== body.value) {
            body.value = local.body;
            say(text('textRestored', 'Restored the text you had typed in this browser.'));
        }
    } catch { /* storage unavailable */ }
    showCount();
    const save = async () => {
        remember(true);
        if (waitingForChoice) {
            return;
        }
        try {
            const response = await post(form.dataset.draftUrl, { body: body.value, version: versionField.value });
            if (response.status === 409) {
                const answer = await response.json();
                if (answer.message) {
                    say(text('textReload', '{0} Reload the page to see it.', answer.message));
                } else if (answer.body === body.value) {
                    // Saved already (by the save sent as the previous page closed): nothing to choose.
                    useVersion(answer.version);
                    remember(false);
                    say(text('textSaved', 'Draft saved {0}', clock(answer.savedAt)));
                } else {
                    offerChoice(answer);
                }
                return;
            }
            if (!response.ok) {
                say(text('textNotSaved', 'Not saved to the server (are you still signed in?). Your text is kept in this browser.'));
                return;
            }
            const { savedAt, version } = await response.json();
            useVersion(version);
            remember(false);
            say(text('textSaved', 'Draft saved {0}', clock(savedAt)));
        } catch {
            say(text('textOffline', 'Offline: your text is kept in this browser and saved when you are back.'));
        }
    };

    // Another tab or device saved a newer draft: show it, keep this one, and let the writer decide.
    const offerChoice = newer => {
        waitingForChoice = true;
        say(newer.savedAt
            ? text('textChangedAt', 'This reflection was changed in another window at {0}. Autosave is paused until you choose.', clock(newer.savedAt))
            : text('textChanged', 'This reflection was changed in another window. Autosave is paused until you choose.'));
        const other = document.createElement('details');
        other.className = 'panel conflict';
        other.open = true;
        const summary = document.createElement('summary');
        summary.textContent = text('textOther', 'The text saved in the other window');
        const otherText = document.createElement('pre');
        otherText.className = 'other-version';
        otherText.translate = false;
        otherText.textContent = newer.body;
        other.append(summary, otherText);
        const button = (label, secondary, choose) => {
            const element = document.createElement('button');
            element.type = 'button';
            element.className = secondary ? 'button secondary' : 'button';
            element.textContent = label;
            element.addEventListener('click', () => {
                choices.hidden = true;
                choices.replaceChildren();
                waitingForChoice = false;
                useVersion(newer.version);
                choose();
                body.focus();
            });
            return element;
        };
        choices.replaceChildren(other,
            button(text('textKeep', 'Keep my text'), false, () => save()),
            button(text('textUseOther', 'Use the other text'), true, () => {
                body.value = newer.body;
                showCount();
                remember(false);
                say(text('textShowingOther', 'Showing the text saved in the other window.'));
            }));
        choices.hidden = false;
        choices.querySelector('button')?.focus();
    };

    // The browser copy is written at every keystroke, the server copy when typing pauses: leaving the page
    // within the pause (another link, another form) loses nothing, and the pending save goes out as it closes.
    let pending = false;
    const schedule = () => {
        pending = true;
        clearTimeout(timer);
        timer = setTimeout(() => { pending = false; save(); }, quietPeriodMs);
    };
    body.addEventListener('input', () => {
        showCount();
        remember(true);
        schedule();
    });
    form.addEventListener('submit', () => { clearTimeout(timer); pending = false; });
    window.addEventListener('pagehide', () => {
        if (pending && !waitingForChoice) {
            navigator.sendBeacon(form.dataset.draftUrl,
                new URLSearchParams({ __RequestVerificationToken: token, body: body.value, version: versionField.value }));
        }
    });
    // Words typed before this script ran (on a slow connection the page is there first), or restored from this
    // browser, have not been saved yet.
    if (body.value !== body.defaultValue) {
        remember(true);
        schedule();
    }

    const paragraph = words => {
        const element = document.createElement('p');
        element.textContent = words;
        return element;
    };
    form.querySelector('[data-preview-button]')?.addEventListener('click', async event => {
        if (!preview) {
            return;
        }
        event.preventDefault();
        const target = preview.querySelector('.prose') || preview;
        try {
            const response = await post(form.dataset.previewUrl, { body: body.value });
            // The server renders with the same safe pipeline as a submission (no raw HTML, no script links).
            if (response.ok) {
                target.innerHTML = await response.text();
            } else {
                target.replaceChildren(paragraph(text('textPreviewUnavailable', 'The preview is not available right now.')));
            }
        } catch {
            target.replaceChildren(paragraph(text('textPreviewOffline', 'The preview is not available while offline.')));
        }
        preview.hidden = false;
    });
})();
