// Thin interop over ApexCharts 4.7.0 (MIT). Loads the UMD bundle once, creates a chart on an
// element from an options object (JSON), updates it, destroys it. Formatters are chosen by
// name here: no code is sent from .NET, nothing is evaluated, no globals of our own.

let library;   // Promise<ApexCharts>, loaded once per page
const locales = new Map();

function loadLibrary() {
    library ??= new Promise((resolve, reject) => {
        if (window.ApexCharts) { resolve(window.ApexCharts); return; }
        const script = document.createElement('script');
        script.src = new URL('lib/apexcharts/apexcharts.min.js', document.baseURI).href;
        script.onload = () => resolve(window.ApexCharts);
        script.onerror = () => { library = undefined; reject(new Error('apexcharts.min.js could not be loaded')); };
        document.head.appendChild(script);
    });
    return library;
}

function loadLocale(name) {
    if (!name || name === 'en') return Promise.resolve(null);
    if (!locales.has(name)) {
        locales.set(name, fetch(new URL(`lib/apexcharts/locales/${name}.json`, document.baseURI))
            .then(r => r.ok ? r.json() : null).catch(() => null));
    }
    return locales.get(name);
}

const number = (digits) => new Intl.NumberFormat(document.documentElement.lang || 'zh-CN',
    { minimumFractionDigits: 0, maximumFractionDigits: digits });
const formatters = {
    wan: v => v == null ? '—' : number(2).format(v),
    pct: v => v == null ? '—' : `${number(1).format(v)}%`,
    count: v => v == null ? '—' : number(0).format(v),
    score: v => v == null ? '—' : number(2).format(v),
};

// Replaces every { formatter: "name" } in the options tree by the named function.
function withFormatters(node) {
    if (Array.isArray(node)) return node.map(withFormatters);
    if (node === null || typeof node !== 'object') return node;
    const out = {};
    for (const [key, value] of Object.entries(node)) {
        out[key] = key === 'formatter' && typeof value === 'string' ? (formatters[value] ?? formatters.wan) : withFormatters(value);
    }
    return out;
}

async function prepare(json, dotNet) {
    const options = withFormatters(JSON.parse(json));
    options.chart ??= {};
    const label = options.dataLabels?.formatter;
    if (label) options.dataLabels.formatter = (v, o) => v == null ? '' : label(v, o); // no label over a gap
    const locale = await loadLocale(options.chart.defaultLocale);
    if (locale) options.chart.locales = [locale]; else delete options.chart.defaultLocale;
    options.chart.events = {};
    if (dotNet) {
        options.chart.events.dataPointSelection = (event, context, config) => {
            if (config.seriesIndex < 0 || config.dataPointIndex < 0) return;
            dotNet.invokeMethodAsync('PointClicked', config.seriesIndex, config.dataPointIndex).catch(() => { });
        };
    }
    return options;
}

export async function create(element, json, dotNet) {
    const ApexCharts = await loadLibrary();
    const started = performance.now();
    const options = await prepare(json, dotNet);
    options.chart.events.mounted = () => {
        element.dataset.chartDrawn = String(Math.round(performance.now()));
        element.dataset.chartDrawMs = String(Math.round(performance.now() - started));
    };
    options.chart.events.updated = () => { element.dataset.chartUpdated = String(Math.round(performance.now())); };
    const chart = new ApexCharts(element, options);
    await chart.render();
    return {
        async update(next) {
            const updated = await prepare(next, dotNet);
            updated.chart.events.updated = options.chart.events.updated;
            await chart.updateOptions(updated, true, false);
        },
        destroy() { chart.destroy(); },
    };
}
