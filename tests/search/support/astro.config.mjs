// The project's Astro config with a private cache: node_modules (where Astro
// keeps its content-layer cache by default) may be shared with other
// checkouts building at the same time.
import config from '../../../astro.config.mjs';

export default { ...config, cacheDir: './.astro/search-test-cache' };
