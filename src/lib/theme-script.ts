/**
 * The one inline script: applies a stored theme before first paint, so the page never flashes
 * the other theme. Kept here so astro.config.mjs can put its hash in the CSP (Astro hashes its
 * bundled scripts itself, but not `is:inline` ones).
 */
export const THEME_SCRIPT = 'try{var t=localStorage.getItem("theme");if(t==="light"||t==="dark")document.documentElement.dataset.theme=t}catch(e){}';
