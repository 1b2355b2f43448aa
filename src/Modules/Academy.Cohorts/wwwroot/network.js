// The cohort's network drawn as a graph (Cytoscape.js, vendored in lib/cytoscape): you, your connections,
// their connections and everyone else in the cohort, from the JSON at the canvas's data-graph-url. Selecting a
// person opens their profile. Progressive enhancement: the same information is in the list further down the
// page, which works without script and with a keyboard or screen reader, so the canvas and its legend stay
// hidden until both the library and the data are here; any failure leaves the page as the server sent it.
// Cytoscape cannot read CSS custom properties: the colours below are the design tokens of site.css, and the
// .network-legend dots in cohorts.css use the same values; change them together.
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
        primary: '#1f4e79',      // --color-primary: you, and the lines to your connections
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
    // The words come from the page (data-* attributes filled from the module's resources, in the reader's language).
    const words = {
        you: canvas.dataset.youLabel || '{0} (you)',
        instructors: canvas.dataset.legendInstructors || 'Instructors (square)',
        hintTouch: canvas.dataset.hintTouch || 'Tap a person to show their name, and a named person to open their profile. Drag to move around; pinch to zoom.',
        hintPointer: canvas.dataset.hintPointer || 'Select a person to open their profile. Drag to move around; hold Ctrl and scroll, or pinch, to zoom.',
    };
    const degrees = ['me', 'first', 'second', 'other'];
    const padding = 24;
    const edgesPerFrame = 1000;

    // Only same-site paths are followed (never javascript: or another host), whatever the data says.
    const isLocalPath = url => typeof url === 'string' && url.startsWith('/') && !url.startsWith('//') && !url.startsWith('/\\');
    // Lets the browser paint (and handle input) before the next piece of work.
    const nextFrame = () => new Promise(resolve => requestAnimationFrame(() => setTimeout(resolve, 0)));

    // Cytoscape adds a <style> element to <head> (".__________cytoscape_container { position: relative }")
    // unless an element with this id is already there; the CSP (style-src 'self') would refuse it and report a
    // violation. The rule is in cohorts.css instead, so an empty placeholder stops the injection.
    const stylesheetId = '__________cytoscape_stylesheet';
    const preventInlineStylesheet = () => {
        if (!document.getElementById(stylesheetId)) {
            const placeholder = document.createElement('meta');
            placeholder.id = stylesheetId;
            document.head.append(placeholder);
        }
    };

    // A steady starting point for the layout: rings around you by degree (first, second, others), so the same
    // data draws the same picture on every visit and cose has less to untangle.
    const startingPositions = nodes => {
        const rings = new Map(degrees.map(degree => [degree, []]));
        nodes.forEach(node => rings.get(node.degree).push(node));
        const spacing = 28 + Math.sqrt(nodes.length) * 6;
        const positions = new Map();
        degrees.forEach((degree, ring) => {
            const members = rings.get(degree);
            members.forEach((node, index) => {
                const angle = (2 * Math.PI * index) / Math.max(members.length, 1) + ring * 0.5;
                const radius = ring === 0 && members.length === 1 ? 0 : spacing * (ring + 1) * (1 + (index % 3) * 0.12);
                positions.set(node.id, { x: radius * Math.cos(angle), y: radius * Math.sin(angle) });
            });
        });
        return positions;
    };

    // The server's JSON as Cytoscape elements; anything malformed is left out rather than failing the whole graph.
    const toElements = graph => {
        const seen = new Set();
        const people = [];
        (Array.isArray(graph.nodes) ? graph.nodes : []).forEach(node => {
            if (!node || typeof node.id !== 'string' || seen.has(node.id)) {
                return;
            }
            seen.add(node.id);
            people.push({
                id: node.id,
                name: String(node.name || ''),
                degree: node.id === graph.me ? 'me' : degrees.includes(node.degree) ? node.degree : 'other',
                instructor: node.role === 'Instructor',
                url: isLocalPath(node.url) ? node.url : '',
            });
        });
        const start = startingPositions(people);
        const nodes = people.map(person => ({
            group: 'nodes',
            data: { ...person, label: person.degree === 'me' ? words.you.replace('{0}', person.name) : person.name },
            classes: [person.degree, person.instructor ? 'instructor' : '', person.degree === 'me' || person.degree === 'first' ? 'labelled' : '']
                .filter(Boolean).join(' '),
            position: { ...start.get(person.id) },
        }));
        const edges = [];
        (Array.isArray(graph.edges) ? graph.edges : []).forEach((edge, index) => {
            if (edge && seen.has(edge.source) && seen.has(edge.target) && edge.source !== edge.target) {
                edges.push({ group: 'edges', data: { id: `edge-${index}`, source: edge.source, target: edge.target }, classes: edge.mine ? 'mine' : '' });
            }
        });
        return { nodes, edges, start, hasInstructors: people.some(person => person.instructor) };
    };

    // Big graphs get smaller dots and fainter lines, so the people you know still stand out.
    const styleFor = large => {
        const size = large ? { me: 26, first: 16, second: 10, other: 8 } : { me: 30, first: 20, second: 14, other: 11 };
        return [
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
                    opacity: large ? 0.16 : 0.28,
                    'curve-style': 'haystack', // the cheapest line to draw: thousands stay smooth
                },
            },
            { selector: 'edge.mine', style: { width: 2.5, 'line-color': colour.primary, opacity: 0.85, 'z-index': 2 } },
            { selector: 'edge.lit', style: { width: 1.75, 'line-color': colour.muted, opacity: 0.9, 'z-index': 3 } },
            { selector: 'edge.mine.lit', style: { width: 3, 'line-color': colour.primaryDark, opacity: 1 } },
        ];
    };

    // cose compares every pair of people in every step, so big graphs get fewer steps (150 people: 450, 500
    // people: 40), cooled faster to end just as settled: the starting rings are close to the answer already.
    const runLayout = cy => {
        const count = cy.nodes().length;
        const steps = Math.round(Math.min(1000, Math.max(40, 1e7 / (count * count))));
        const initialTemp = count > 150 ? 250 : 1000; // how far a person may move in the first step
        cy.layout({
            name: 'cose',
            animate: false,
            randomize: false,
            fit: false,
            nodeDimensionsIncludeLabels: false,
            nodeRepulsion: () => 8000,
            idealEdgeLength: edge => (edge.hasClass('mine') ? 90 : 60),
            edgeElasticity: edge => (edge.hasClass('mine') ? 40 : 160),
            gravity: 0.5,
            componentSpacing: 48,
            numIter: steps,
            initialTemp,
            coolingFactor: Math.pow(1 / initialTemp, 1 / steps),
            minTemp: 1,
        }).run();
    };

    // Force layouts come out round; the canvas is wide on a desktop and tall on a phone. Stretching the picture
    // towards the canvas's shape (at most twice) uses the room and gives the names more space.
    const stretchToCanvas = cy => {
        const box = cy.nodes().boundingBox({ includeLabels: false });
        if (box.w === 0 || box.h === 0) {
            return;
        }
        const canvasRatio = canvas.clientWidth / canvas.clientHeight;
        const graphRatio = box.w / box.h;
        const sx = graphRatio < canvasRatio ? Math.min(canvasRatio / graphRatio, 2) : 1;
        const sy = graphRatio > canvasRatio ? Math.min(graphRatio / canvasRatio, 2) : 1;
        const cx = box.x1 + box.w / 2;
        const cy0 = box.y1 + box.h / 2;
        cy.nodes().positions(node => {
            const { x, y } = node.position();
            return { x: cx + (x - cx) * sx, y: cy0 + (y - cy0) * sy };
        });
    };

    const reveal = (cy, node) => {
        cy.batch(() => {
            node.addClass('revealed');
            node.connectedEdges().addClass('lit');
        });
    };
    const conceal = cy => {
        cy.batch(() => {
            cy.nodes('.revealed').removeClass('revealed');
            cy.edges('.lit').removeClass('lit');
        });
    };

    const listen = cy => {
        // Names of others appear while pointing at them; on a touch screen the first tap does the same and a
        // second one opens the profile.
        cy.on('mouseover', 'node', event => {
            reveal(cy, event.target);
            canvas.style.cursor = 'pointer';
        });
        cy.on('mouseout', 'node', () => {
            conceal(cy);
            canvas.style.cursor = '';
        });
        cy.on('tap', event => {
            const node = event.target;
            if (node === cy || !node.isNode()) {
                conceal(cy);
                return;
            }
            const original = event.originalEvent;
            const touch = Boolean(original && (original.type.startsWith('touch') || ['touch', 'pen'].includes(original.pointerType)));
            if (touch && !node.hasClass('labelled') && !node.hasClass('revealed')) {
                conceal(cy);
                reveal(cy, node);
                return;
            }
            if (node.data('url')) {
                window.location.assign(node.data('url'));
            }
        });

        // The wheel scrolls the page as everywhere else; it zooms the graph only with Ctrl (or ⌘) held, which is
        // also how a trackpad pinch arrives. Stopping the event on its way down keeps it from Cytoscape.
        section.addEventListener('wheel', event => {
            if (!event.ctrlKey && !event.metaKey && canvas.contains(event.target)) {
                event.stopPropagation();
            }
        }, { capture: true, passive: true });
    };

    const showLegend = hasInstructors => {
        if (!legend) {
            return;
        }
        if (hasInstructors && !legend.querySelector('.legend-instructor')) {
            const item = document.createElement('li');
            item.className = 'legend-instructor';
            item.textContent = words.instructors;
            legend.append(item);
        }
        if (!section.querySelector('.network-hint')) {
            const hint = document.createElement('p');
            hint.className = 'network-hint';
            hint.textContent = window.matchMedia('(pointer: coarse)').matches
                ? words.hintTouch
                : words.hintPointer;
            legend.after(hint);
        }
        legend.hidden = false;
    };

    const hide = () => {
        canvas.hidden = true;
        canvas.removeAttribute('aria-busy');
        if (legend) {
            legend.hidden = true;
        }
        section.querySelector('.network-hint')?.remove();
    };

    const draw = async graph => {
        const { nodes, edges, start, hasInstructors } = toElements(graph);
        if (nodes.length === 0) {
            return;
        }
        const large = nodes.length > 150;

        // Shown (as "busy", see cohorts.css) before Cytoscape starts, because it measures the container.
        canvas.hidden = false;
        canvas.setAttribute('aria-busy', 'true');
        showLegend(hasInstructors);
        preventInlineStylesheet();
        await nextFrame();

        let cy;
        try {
            cy = cytoscape({
                container: canvas,
                elements: nodes,
                style: styleFor(large),
                layout: { name: 'preset', fit: true, padding },
                minZoom: 0.2,
                maxZoom: 3,
                boxSelectionEnabled: false,
                autounselectify: true,
                textureOnViewport: large, // pan and zoom a snapshot of big graphs rather than redrawing every frame
            });
            // Thousands of lines go in a thousand at a time, so the page never stops answering for long; the
            // batch keeps Cytoscape from styling and drawing them until all are in.
            cy.startBatch();
            for (let from = 0; from < edges.length; from += edgesPerFrame) {
                cy.add(edges.slice(from, from + edgesPerFrame));
                await nextFrame();
            }
            cy.endBatch();
            runLayout(cy);
            stretchToCanvas(cy);
        } catch {
            cy?.destroy();
            hide();
            return;
        }

        canvas.removeAttribute('aria-busy');
        if (large || reducedMotion) {
            cy.fit(undefined, padding);
        } else {
            // Small graphs settle from the rings into place.
            const end = new Map(cy.nodes().map(node => [node.id(), { ...node.position() }]));
            cy.nodes().positions(node => start.get(node.id()));
            cy.fit(undefined, padding);
            cy.layout({ name: 'preset', positions: node => end.get(node.id()), animate: true, animationDuration: 450, fit: true, padding }).run();
        }
        listen(cy);
    };

    fetch(canvas.dataset.graphUrl, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
        .then(response => (response.ok ? response.json() : null))
        .then(graph => (graph && typeof graph === 'object' ? draw(graph) : undefined))
        .catch(() => hide()); // offline, signed out or bad data: the list below has the same information
})();
