/**
 * What changed in each version that a reader citing a figure needs to know: constants, defaults,
 * essays. The newest entry must be the package version (a test pins it); a default change also
 * needs an entry in the model's `migrations` so old permalinks render the same figure.
 */
export interface ChangelogEntry {
  version: string;
  date: string;
  constants?: string[];
  defaults?: string[];
  essays?: string[];
  other?: string[];
}

export const changelog: readonly ChangelogEntry[] = [
  {
    version: "0.3.1",
    date: "2026-12-04",
    other: [
      "No number or figure changed. On a slow phone an essay's first moments are lighter: its paragraphs, equations, tables and figures are laid out only as they come near the screen, and the page's number formatting loads its locale data in a worker, so no script task through warm-up runs over 50 ms at 4× CPU.",
      "A change made before the page's code has loaded dims at once the figures and numbers it will recompute, until they are drawn in the new state.",
    ],
  },
  {
    version: "0.3.0",
    date: "2026-12-04",
    essays: [
      "New essay, Will we run out of text? (Villalobos et al. 2024, arXiv 2211.04325 v2): the year the largest run uses the whole stock of public human text, from a stock, compute growth, dataset growth and over-training the reader sets; the compute-optimal ratio computed by each Chinchilla fit at the exhaustion compute (2029.0 under the refit, 2027.0 under the printed constants, at the defaults); what repeated epochs add, valued by Muennighoff et al.'s decay. New sources: Epoch AI's compute and dataset-size trends, the Llama 3 report (secondary).",
      "New essay, Paying for inference: why models are now trained far past compute-optimal. Sardana et al.'s lifetime-compute optimum (6·N·D_train + 2·N·D_inference at a fixed loss) against lifetime inference under three Chinchilla fits side by side; Llama 2 7B and Llama 3 8B against the compute-optimal ratio and the inference demand that would make each optimal; Gadre et al. 2024 on predictable loss when over-training, read in the authors' code, data and notebook output (mlfoundations/scaling @a003c49).",
      "New essay, Counting compute: 6ND and what it leaves out. Kaplan et al.'s 6N per token against their own Table 1 count with attention over the context and DeepSeek's M (whose attention term is twice Kaplan's), side by side for any width, depth and context; DeepSeek's Table 3 comparison of 6N₁, 6N₂ and M along a family of shapes; an allocation exponent refitted on DeepSeek's fitted frontier with compute counted as M·D and as 6ND (0.629 against 0.570 at the defaults); the allocation exponents of Kaplan, Chinchilla and DeepSeek in one table with how each counted size and compute; DeepSeek's batch-size and learning-rate laws with the budget miscounted. DeepSeek's and GPT-3's constants are read in transcriptions (secondary) and say so.",
    ],
    constants: [
      "Gopher (280B parameters, 300B tokens), Chinchilla (70B, 1.4T) and Gopher's compute budget (Table 3's 67B row, 5.76e23 FLOPs) are exported once by the law module (hoffmann2022Gopher, hoffmann2022Chinchilla, hoffmann2022GopherBudget; arXiv 2203.15556 §1, Tables 1 and 3) instead of being typed in three models; no number changed.",
      "New presets and sources for the new essays: gadre2024RedPajama (read in the authors' code and data), Villalobos et al.'s stock and projection, DeepSeek LLM's counts and fitted laws (secondary), Epoch AI's compute and dataset-size trends, the Llama 3 report and GPT-3's shapes (secondary).",
    ],
    other: [
      "Each figure's code is a file of its own (src/models/<essay>/<figure>.ts), and the figure page's link to the code that draws it opens that file alone. No figure changed: the permalink corpus and the SVG snapshots pass untouched.",
      "The /laws/ pages take each law's description, source, domain, arguments and errors from the law's own documentation in the code (one source), and the published module /laws/latest.mjs now carries that documentation.",
      "The figures index and the bibliography list an essay's figures in the order the essay shows them.",
    ],
  },
  {
    version: "0.2.0",
    date: "2026-12-04",
    constants: [
      "One default Chinchilla fit across the site: Besiroglu et al.'s 2024 refit (arXiv 2404.10102), exported as defaultChinchillaFit and stated, with the reason and Hoffmann et al.'s printed constants beside it, on /notation/ and /laws/. The laws keep their papers' own default arguments; every essay now names the fit it uses, and a test fails when a model leaves it out.",
    ],
    defaults: [
      "Fine-tuning essay: compute-optimal data now come from the refit instead of Hoffmann et al.'s printed constants (new parameter fit: 0 = refit, 1 = printed). The 10B model's pre-training data moves from 721B to 203B tokens (72 to 20.3 per parameter) and Rohin Shah's X-versus-100X route ratio from 26,800× to about 8,000×; the default fine-tuning data is the small model's compute-optimal data under the refit, unrounded, instead of 160M tokens. Figures moved: compute-split, scratch-vs-pretrain.",
      "How clever to bother being: the cost-optimal plans use the refit instead of the printed constants (new parameter fit). Web text's share of the budget moves from 0.547% to 0.20% and a 2× method's worth from 0.274% to 0.10% of it. Figures moved: ratio-vs-price (the price cases and the shaded region), worth-paying (the generic-method and transfer curves).",
      "Links made before 0.2.0 keep the figures they named: their migration sets fit = 1 (and, for fine-tuning, the old 160M-token default), and the page says that its numbers have changed since.",
    ],
    other: [
      "Every quotation is a <Quote> with its source and locator; quotations of the seed threads are checked verbatim in npm test, and a paraphrase in quotation marks fails it.",
      "Every figure's caption and description name the constants it is computed with, from the presets themselves.",
      "A draft essay's figures are no longer published (figure pages, files, indexes, sitemap, bibliography, laws).",
      "New page /fit/: fit the Chinchilla form to your own training runs in your browser (Hoffmann et al.'s objective and grid, Besiroglu et al.'s bootstrap, Approach 2 beside it when the runs come in isoFLOP groups), with a permalink, a fit file and a citation naming the data's SHA-256; npm run fit prints the same numbers offline. New law: fitChinchillaApproach2 (arXiv 2203.15556 §3.2).",
    ],
    essays: [
      "Fine-tuning: Rohin Shah's opening answer (mostly yes, similar ballpark) is stated and where the essay departs from it; the transition Kokotajlo described is Kaplan et al.'s own L(C_min)/L(D) crossover (§6.3), not Chinchilla; Steiner's doubt is about full fine-tuning overfitting, quoted with his next sentence; the two fine-tunes of 6.6e18 and 6.4e18 FLOPs are now one quantity at the defaults; the 0.13% share of the body now says what it counts, beside the body's own trained share (layer norms, 0.045%); a reason attributed to Shah that he did not give is gone; Shah's calculation (pre-training plus a transfer-law fine-tune) is reproduced and checked; a section says which seed questions the laws cannot answer; every quotation is verbatim with its source.",
      "How clever to bother being: repeated tokens (epochs 2–4, 90.9% of a new token) are told apart from the average over all tokens (93.1%); transfer's worth is labelled the fit's value, outside its regime; the worth-paying figure says that its curves use different laws; Sutton's bitter lesson is no longer credited with a claim about compute-efficiency; every quotation is verbatim with its source.",
      "Chinchilla: nostalgebraist's comment is quoted exactly, with a note on its probable missing \"not\"; the schedule-bias argument gains its missing step; the runs behind Approach 3 reach 1.3e22 FLOPs, computed from the extracted data; the default fit is shown beside the printed constants; Table 2's 80% intervals are drawn.",
      "Bio Anchors: the fixed-size ring is relabelled and a ring on the default fit's compute-optimal frontier is added (1.29e15 tokens, 7.73e29 FLOPs, 39× the old recipe for 100T); Hilton's reply and Kokotajlo's remarks complete the thread; Kokotajlo's 10^14-parameter, 10^13-data-point example is checked against the fits (129× to 5190× more tokens); a new parameter turns Hilton's multiplier into years; ln m.",
      "Transfer: 9090× is labelled the fit's value outside its regime where it appears; the model-size/data equivalence holds for D_T only; Figure 1's multiple is probably read off curves; α's rounding range is computed; a new figure shows from-scratch against pre-trained effective data at fixed fine-tuning data (seed 001's contrast).",
      "Kaplan: Figure 1's dots spend 3.3–4 × C_min, not 2 × C_min (said and computed); α_C = 0.054 moves the crossover from 110k to 8.5k PF-days, a factor of 12.5; Kaplan's compute ranges read the same in the Kaplan and Chinchilla essays.",
      "Replication: the notebook's bootstrap started from the unrounded constants; the loss-scale story is a likely reconstruction; Table 3's 67B row gives 21.4 tokens per parameter from its FLOPs against 22.4 from its tokens.",
    ],
  },
  {
    version: "0.1.0",
    date: "2026-11-26",
    constants: [
      "Kaplan et al. 2020 (§1.2, Tables 2–3), Hoffmann et al. 2022 (printed App. D.2 and unrounded from epoch-research/analyzing-chinchilla), Besiroglu et al. 2024, Hernandez et al. 2021 (Table 1, secondary), Muennighoff et al. 2023 (datablations README).",
    ],
    defaults: ["First release: every parameter's default is its paper's central value."],
    essays: ["First essays on transfer, fine-tuning, Kaplan, Chinchilla, the replication, Bio Anchors and expensive data."],
  },
];
