// The cohort dashboard's charts: each <canvas data-chart> carries its numbers as JSON, drawn with chart.js.
// The table beside each chart holds the same numbers, so nothing depends on this script.
(() => {
    'use strict';
    if (!window.Chart) {
        return;
    }

    // The site's colours (site.css tokens), hard-coded because canvas does not read CSS variables.
    const primary = '#1f4e79';
    const accent = '#c8702a';
    const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;

    document.querySelectorAll('canvas[data-chart]').forEach(canvas => {
        let spec;
        try {
            spec = JSON.parse(canvas.dataset.chart);
        } catch {
            return;
        }
        const colours = [primary, accent];
        new window.Chart(canvas, {
            type: spec.type || 'bar',
            data: {
                labels: spec.labels,
                datasets: spec.series.map((series, index) => ({
                    label: series.label,
                    data: series.values,
                    backgroundColor: colours[index % colours.length],
                    borderColor: colours[index % colours.length],
                    tension: 0.2,
                })),
            },
            options: {
                animation: reducedMotion ? false : { duration: 300 },
                responsive: true,
                maintainAspectRatio: false,
                plugins: { legend: { display: spec.series.length > 1 } },
                scales: { y: { beginAtZero: true, ticks: { precision: 0 } } },
            },
        });
        canvas.hidden = false;
    });
})();
