// The cohort's network drawn as a graph (Cytoscape.js, vendored in lib/cytoscape): you, your connections,
// their connections and everyone else in the cohort, from the JSON at the canvas's data-graph-url. Selecting a
// person opens their profile. Progressive enhancement: the same information is in the list further down the
// page, which works without script and with a keyboard or screen reader, so the canvas and its legend stay
// hidden until both the library and the data are here; any failure leaves the page as the server sent it.
// Cytoscape cannot read CSS custom properties: the colours below are the design tokens of site.css, and the
// .network-legend dots there use the same values; change them together.
(() => {
    'use strict';
    const canvas = document.getElementById('network-graph');
    const cytoscape = window.cytoscape;
    if (!canvas || !canvas.dataset.graphUrl || typeof cytoscape !== 'function') {
        return;
    }

    const section = canvas.closest('section') || canvas.parentElement;
    const legend = section.querySelector('.network-legend');
    const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    const colour = {
        primary: '#1f4e79',      // --color-primary: you, and your own connections' lines
        primaryDark: '#173b5c',  // --color-primary-dark
        accent: '#c8702a',       // --color-accent: your connections (3.6:1 on white)
        accentText: '#8f4a12',   // --color-accent-text
        accentLight: '#f0cba9',  // a light tint of the accent: second degree, outlined in the accent
        grey: '#d6d3cb',         // others in the cohort, outlined in greyLine (3.4:1 on white)
        greyLine: '#8a8a90',
        text: '#1d1d1f',         // --color-text
        muted: '#5c5c63',        // --color-muted
        surface: '#ffffff',
    };
    const size = { me: 30, first: 20, second: 14, other: 11 };
    const degrees = ['me', 'first', 'second', 'other'];

    // Only same-site paths are followed (never javascript: or another host), whatever the data says.
    const isLocalPath = url => typeof url === 'string' && url.startsWith('/') && !url.startsWith('//') && !url.startsWith('/\\');

    // Cytoscape adds a <style> element to <head> (".__________cytoscape_container { position: relative }")
    // unless an element with this id is already there; the CSP (style-src 'self') would refuse it. The rule
    // is in site.css instead, so an empty placeholder stops the injection.
    const stylesheetId = '__________cytoscape_stylesheet';
    const preventInlineStylesheet = () => {
        if (!document.getElementById(stylesheetId)) {
            const placeholder = document.createElement('meta');
            placeholder.id = stylesheetId;
            document.head.append(placeholder);
        }
    };

    // A steady starting point for the layout: rings around you by degree (first, second, others), so the same
    // data draws the same picture on every visit and cose has little to untangle.
    const startingPositions = nodes => {
        const rings = new Map(degrees.map(degree => [degree, []]));
        nodes.forEach(node => rings.get(node.degree).push(node));
        const spacing = 28 + Math.sqrt(nodes.length) * 6;
        const positions = new Map();
        degrees.forEach((degree, ring) => {
            const members = rings.get(degree);
            members.forEach((node, index) => {
                const angle = (2 * Math.PI * index) / Math.max(members.length, 1) + ring * 0.5;
                const radius = ring === 0 && members.length === 1 ? 0 : spacing * (ring + 1) * (1 + index % 3 * 0.12);
                positions.set(node.id, { x: radius * Math.cos(angle), y: radius * Math.sin(angle) });
            });
        });
        return positions;
    };

    // The server's JSON as Cytoscape elements; anything malformed is left out rather than failing the whole graph.
    const toElements = graph => {
        const seen = new Set();
        const nodes = [];
        (Array.isArray(graph.nodes) ? graph.nodes : []).forEach(node => {
            if (!node || typeof node.id !== 'string' || seen.has(node.id)) {
                return;
            }
            seen.add(node.id);
            nodes.push({
                id: node.id,
                name: String(node.name || ''),
                degree: node.id === graph.me ? 'me' : degrees.includes(node.degree) ? node.degree : 'other',
                instructor: node.role === 'Instructor',
                url: isLocalPath(node.url) ? node.url : '',
            });
        });
        const positions = startingPositions(nodes);
        const elements = nodes.map(node => ({
            group: 'nodes',
            data: { ...node, label: node.degree === 'me' ? `${node.name} (you)` : node.name },
            classes: [node.degree, node.instructor ? 'instructor' : '', node.degree === 'me' || node.degree === 'first' ? 'labelled' : '']
                .filter(Boolean).join(' '),
            position: positions.get(node.id),
        }));
        (Array.isArray(graph.edges) ? graph.edges : []).forEach((edge, index) => {
            if (edge && seen.has(edge.source) && seen.has(edge.target) && edge.source !== edge.target) {
                elements.push({ group: 'edges', data: { id: `edge-${index}`, source: edge.source, target: edge.target }, classes: edge.mine ? 'mine' : '' });
            }
        });
        return { elements, nodeCount: nodes.length, hasInstructors: nodes.some(node => node.instructor) };
    };

    const style = [
        {
            selector: 'node',
            style: {
                width: size.other,
                height: size.other,
                'background-color': colour.grey,
                'border-width': 1,
                'border-color': colour.greyLine,
                label: '',
                color: colour.text,
                'font-family': 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
                'font-size': 11,
                'text-valign': 'bottom',
                'text-halign': 'center',
                'text-margin-y': 3,
                'text-background-color': colour.surface,
                'text-background-opacity': 0.85,
                'text-background-shape': 'round-rectangle',
                'text-background-padding': 2,
                'min-zoomed-font-size': 7,
                'overlay-opacity': 0,
            },
        },
        { selector: 'node.second', style: { width: size.second, height: size.second, 'background-color': colour.accentLight, 'border-width': 1.5, 'border-color': colour.accent } },
        { selector: 'node.first', style: { width: size.first, height: size.first, 'background-color': colour.accent, 'border-width': 1.5, 'border-color': colour.accentText, 'z-index': 2 } },
        { selector: 'node.me', style: { width: size.me, height: size.me, 'background-color': colour.primary, 'border-width': 2, 'border-color': colour.primaryDark, 'font-size': 12, 'font-weight': 700, 'z-index': 3 } },
        { selector: 'node.instructor', style: { shape: 'round-rectangle' } },
        { selector: 'node.labelled, node.revealed', style: { label: 'data(label)' } },
        { selector: 'node.revealed', style: { 'font-weight': 600, 'z-index': 4 } },
        {
            selector: 'edge',
            style: {
                width: 1,
                'line-color': colour.greyLine,
                opacity: 0.28,
                'curve-style': 'haystack', // the cheapest edge to draw: thousands stay smooth
            },
        },
        { selector: 'edge.mine', style: { width: 2.5, 'line-color': colour.primary, opacity: 0.85, 'z-index': 2 } },
        { selector: 'edge.lit', style: { width: 1.75, 'line-color': colour.muted, opacity: 0.9, 'z-index': 3 } },
        { selector: 'edge.mine.lit', style: { width: 3, 'line-color': colour.primaryDark, opacity: 1 } },
    ];

    const draw = graph => {
        const { elements, nodeCount, hasInstructors } = toElements(graph);
        if (nodeCount === 0) {
            return;
        }
        const large = nodeCount > 150;

        // Shown before Cytoscape starts, which measures the container.
        canvas.hidden = false;
        if (legend) {
            if (hasInstructors && !legend.querySelector('.legend-instructor')) {
                const item = document.createElement('li');
                item.className = 'legend-instructor';
                item.textContent = 'Instructors (square)';
                legend.append(item);
            }
            legend.hidden = false;
        }

        preventInlineStylesheet();
        let cy;
        try {
            cy = cytoscape({
                container: canvas,
                elements,
                style,
                layout: { name: 'preset', fit: true, padding: 24 },
                minZoom: 0.2,
                maxZoom: 3,
                boxSelectionEnabled: false,
                autounselectify: true,
                textureOnViewport: large, // pan and zoom a snapshot of big graphs rather than redrawing every frame
            });
            cy.layout({
                name: 'cose',
                animate: large || reducedMotion ? false : 'end',
                animationDuration: 400,
                randomize: false,
                fit: true,
                padding: 24,
                nodeRepulsion: () => (large ? 6000 : 9000),
                idealEdgeLength: edge => (edge.hasClass('mine') ? 48 : 72),
                edgeElasticity: edge => (edge.hasClass('mine') ? 48 : 160),
                gravity: 0.6,
                componentSpacing: 48,
                numIter: large ? 500 : 1000,
                coolingFactor: large ? 0.97 : 0.985,
            }).run();
        } catch {
            cy?.destroy();
            canvas.hidden = true;
            if (legend) {
                legend.hidden = true;
            }
            return;
        }

        // Names of others appear while pointing at them; a first touch on a phone does the same, a second opens.
        const reveal = node => {
            cy.batch(() => {
                node.addClass('revealed');
                node.connectedEdges().addClass('lit');
            });
        };
        const conceal = () => {
            cy.batch(() => {
                cy.nodes('.revealed').removeClass('revealed');
                cy.edges('.lit').removeClass('lit');
            });
        };
        cy.on('mouseover', 'node', event => {
            reveal(event.target);
            canvas.style.cursor = 'pointer';
        });
        cy.on('mouseout', 'node', () => {
            conceal();
            canvas.style.cursor = '';
        });
        cy.on('tap', event => {
            const node = event.target;
            if (node === cy || !node.isNode()) {
                conceal();
                return;
            }
            const touch = event.originalEvent?.type?.startsWith('touch');
            if (touch && !node.hasClass('labelled') && !node.hasClass('revealed')) {
                conceal();
                reveal(node);
                return;
            }
            if (node.data('url')) {
                window.location.assign(node.data('url'));
            }
        });

        // The wheel scrolls the page as everywhere else; it zooms the graph only with Ctrl (or ⌘) held, which is
        // also how a trackpad pinch arrives. Stopping the event on the way down keeps it from Cytoscape.
        section.addEventListener('wheel', event => {
            if (!event.ctrlKey && !event.metaKey && canvas.contains(event.target)) {
                event.stopPropagation();
            }
        }, { capture: true, passive: true });

        if (legend && !section.querySelector('.network-hint')) {
            const hint = document.createElement('p');
            hint.className = 'network-hint';
            hint.textContent = 'Select a person to open their profile. Drag to move around; pinch, or hold Ctrl and scroll, to zoom.';
            legend.after(hint);
        }
    };

    fetch(canvas.dataset.graphUrl, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
        .then(response => (response.ok ? response.json() : null))
        .then(graph => {
            if (graph && typeof graph === 'object') {
                draw(graph);
            }
        })
        .catch(() => { /* offline or not signed in: the list below has the same information */ });
})();
