/** What the site says about itself in <meta> and social cards. */
export const SITE_DESCRIPTION = "Essays on the scaling-law debates in which every number and figure is computed, not typed.";

/** Site-absolute paths (before the base) of the social-card images, 1200×630 PNG. */
export const OG_DEFAULT_IMAGE = "/og/site.png";
export const ogEssayImage = (slug: string) => `/og/${slug}.png`;
