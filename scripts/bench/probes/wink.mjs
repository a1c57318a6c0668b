export default async (mod) => { const model = (await import('wink-eng-lite-web-model')).default; mod.default(model).readDoc('Olaf Scholz met Emmanuel Macron in Berlin.').entities().out() }
