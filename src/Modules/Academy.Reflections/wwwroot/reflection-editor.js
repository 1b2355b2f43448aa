// The reflection editor, improved by script: a live word count, and the text saved to the server a couple
// of seconds after typing stops ("Draft saved 14:02") with a copy kept in this browser, offered back when
// the server's copy is older (written offline or while the sign-in had expired). Without script the
// "Save draft" and "Submit" buttons post the form as usual.
(() => {
    'use strict';
    const form = document.querySelector('form[data-reflection-editor]');
    const body = form?.querySelector('textarea');
    const token = form?.querySelector('input[name="__RequestVerificationToken"]')?.value;
    if (!form || !body || !token) {
        return;
    }

    const count = form.querySelector('[data-word-count]');
    const status = form.querySelector('[data-draft-status]');
    const localKey = form.dataset.localKey;
    const words = () => (body.value.match(/\S+/g) || []).length;
    const showCount = () => { if (count) { count.textContent = `${words()} words`; } };

    try {
        const local = JSON.parse(localStorage.getItem(localKey) || 'null');
        if (local && local.unsaved && local.body && local.body !== body.value) {
            body.value = local.body;
            if (status) { status.textContent = 'Restored the text you had typed in this browser.'; }
        }
    } catch { /* storage unavailable */ }
    showCount();

    let timer;
    const save = async () => {
        try { localStorage.setItem(localKey, JSON.stringify({ body: body.value, unsaved: true })); } catch { /* private mode */ }
        try {
            const response = await fetch(form.dataset.draftUrl, {
                method: 'POST',
                credentials: 'same-origin',
                redirect: 'manual',
                body: new URLSearchParams({ __RequestVerificationToken: token, body: body.value }),
            });
            if (!response.ok) {
                if (status) { status.textContent = 'Not saved to the server (are you still signed in?). Your text is kept in this browser.'; }
                return;
            }
            const { savedAt } = await response.json();
            localStorage.setItem(localKey, JSON.stringify({ body: body.value, unsaved: false }));
            if (status) { status.textContent = `Draft saved ${new Date(savedAt).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })}`; }
        } catch {
            if (status) { status.textContent = 'Offline: your text is kept in this browser and saved when you are back.'; }
        }
    };
    body.addEventListener('input', () => {
        showCount();
        clearTimeout(timer);
        timer = setTimeout(save, 2000);
    });
})();
