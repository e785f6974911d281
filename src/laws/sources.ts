/**
 * The one registry of works the site cites. Presets, essay frontmatter and the bibliography
 * all key into it by id, so a citation is written once.
 */

/** One cited work. */
export interface Source {
  /** The registry key, equal to the entry's key in {@link sources}. */
  readonly id: string;
  readonly title: string;
  readonly authors: readonly string[];
  readonly year: number;
  /** arXiv identifier without the `arXiv:` prefix, e.g. `2203.15556`. */
  readonly arxiv?: string;
  readonly url?: string;
  readonly venue?: string;
  readonly note?: string;
}

/** How a preset's constants were checked: read in the paper, read in released code, or read in a summary. */
export type Verification = "paper" | "code" | "secondary";

/** Where a preset's constants come from. `id` keys {@link sources}. */
export interface PresetSource {
  readonly id: SourceId;
  readonly arxiv?: string;
  readonly url?: string;
  /** Git commit of the repository in `url`, for code-derived constants. */
  readonly commit?: string;
  /** Equation, table, section or file within the work. */
  readonly where: string;
  readonly verification: Verification;
}

const entry = <const T extends Source>(s: T): T => Object.freeze({ ...s, authors: Object.freeze([...s.authors]) }) as T;

/**
 * The registry of every work the site cites, keyed by id. Each entry is
 * `{ id, title, authors, year, arxiv?, url?, venue?, note? }` and is frozen.
 * Source: this site (the bibliography lists every entry with what cites it).
 */
export const sources = Object.freeze({
  kaplan2020: entry({
    id: "kaplan2020",
    title: "Scaling Laws for Neural Language Models",
    authors: [
      "Jared Kaplan",
      "Sam McCandlish",
      "Tom Henighan",
      "Tom B. Brown",
      "Benjamin Chess",
      "Rewon Child",
      "Scott Gray",
      "Alec Radford",
      "Jeffrey Wu",
      "Dario Amodei",
    ],
    year: 2020,
    arxiv: "2001.08361",
    url: "https://arxiv.org/abs/2001.08361",
  }),
  hoffmann2022: entry({
    id: "hoffmann2022",
    title: "Training Compute-Optimal Large Language Models",
    authors: [
      "Jordan Hoffmann",
      "Sebastian Borgeaud",
      "Arthur Mensch",
      "Elena Buchatskaya",
      "Trevor Cai",
      "Eliza Rutherford",
      "Diego de Las Casas",
      "Lisa Anne Hendricks",
      "Johannes Welbl",
      "Aidan Clark",
      "et al.",
    ],
    year: 2022,
    arxiv: "2203.15556",
    url: "https://arxiv.org/abs/2203.15556",
    venue: "NeurIPS 2022",
  }),
  besiroglu2024: entry({
    id: "besiroglu2024",
    title: "Chinchilla Scaling: A replication attempt",
    authors: ["Tamay Besiroglu", "Ege Erdil", "Matthew Barnett", "Josh You"],
    year: 2024,
    arxiv: "2404.10102",
    url: "https://arxiv.org/abs/2404.10102",
  }),
  hernandez2021: entry({
    id: "hernandez2021",
    title: "Scaling Laws for Transfer",
    authors: ["Danny Hernandez", "Jared Kaplan", "Tom Henighan", "Sam McCandlish"],
    year: 2021,
    arxiv: "2102.01293",
    url: "https://arxiv.org/abs/2102.01293",
  }),
  muennighoff2023: entry({
    id: "muennighoff2023",
    title: "Scaling Data-Constrained Language Models",
    authors: [
      "Niklas Muennighoff",
      "Alexander M. Rush",
      "Boaz Barak",
      "Teven Le Scao",
      "Aleksandra Piktus",
      "Nouamane Tazi",
      "Sampo Pyysalo",
      "Thomas Wolf",
      "Colin Raffel",
    ],
    year: 2023,
    arxiv: "2305.16264",
    url: "https://arxiv.org/abs/2305.16264",
    venue: "NeurIPS 2023",
  }),
  lu2021: entry({
    id: "lu2021",
    title: "Pretrained Transformers as Universal Computation Engines",
    authors: ["Kevin Lu", "Aditya Grover", "Pieter Abbeel", "Igor Mordatch"],
    year: 2021,
    arxiv: "2103.05247",
    url: "https://arxiv.org/abs/2103.05247",
  }),
  pearce2024: entry({
    id: "pearce2024",
    title: "Reconciling Kaplan and Chinchilla Scaling Laws",
    authors: ["Tim Pearce", "Jinyeop Song"],
    year: 2024,
    arxiv: "2406.12907",
    url: "https://arxiv.org/abs/2406.12907",
  }),
  porian2024: entry({
    id: "porian2024",
    title: "Resolving Discrepancies in Compute-Optimal Scaling of Language Models",
    authors: ["Tomer Porian", "Mitchell Wortsman", "Jenia Jitsev", "Ludwig Schmidt", "Yair Carmon"],
    year: 2024,
    arxiv: "2406.19146",
    url: "https://arxiv.org/abs/2406.19146",
  }),
  sardana2023: entry({
    id: "sardana2023",
    title: "Beyond Chinchilla-Optimal: Accounting for Inference in Language Model Scaling Laws",
    authors: ["Nikhil Sardana", "Jacob Portes", "Sasha Doubov", "Jonathan Frankle"],
    year: 2023,
    arxiv: "2401.00448",
    url: "https://arxiv.org/abs/2401.00448",
    venue: "ICML 2024",
    note: "Quotations from the abstract of arXiv v2 (the four-author version; v1 has two authors and a shorter abstract). The Fig. 1 example was read in a review quoting its caption, not in the paper.",
  }),
  gadre2024: entry({
    id: "gadre2024",
    title: "Language models scale reliably with over-training and on downstream tasks",
    authors: [
      "Samir Yitzhak Gadre",
      "Georgios Smyrnis",
      "Vaishaal Shankar",
      "Suchin Gururangan",
      "Mitchell Wortsman",
      "Rulin Shao",
      "Jean Mercat",
      "Alex Fang",
      "Jeffrey Li",
      "Sedrick Keh",
      "Rui Xin",
      "Marianna Nezhurina",
      "Igor Vasiljevic",
      "Jenia Jitsev",
      "Alexandros G. Dimakis",
      "Gabriel Ilharco",
      "Shuran Song",
      "Thomas Kollar",
      "Yair Carmon",
      "Achal Dave",
      "Reinhard Heckel",
      "Niklas Muennighoff",
      "Ludwig Schmidt",
    ],
    year: 2024,
    arxiv: "2403.08540",
    url: "https://arxiv.org/abs/2403.08540",
    note: "Authors as in the BibTeX of the authors' repository mlfoundations/scaling (README.md, commit a003c49). The paper's body was not readable from the build machine: the law's form, the runs it is fitted to and the prediction errors are read in that repository's code, data and notebook output (scaling/laws.py, scaling/shared.py, exp_data/models, scaling_explorer.ipynb).",
  }),
  deepseek2024: entry({
    id: "deepseek2024",
    title: "DeepSeek LLM: Scaling Open-Source Language Models with Longtermism",
    authors: ["DeepSeek-AI", "X. Bi", "D. Chen", "G. Chen", "S. Chen", "D. Dai", "C. Deng", "H. Ding", "et al."],
    note: "Author initials as listed in paper indexes; the PDF was not readable from the build machine.",
    year: 2024,
    arxiv: "2401.02954",
    url: "https://arxiv.org/abs/2401.02954",
  }),
  villalobos2024: entry({
    id: "villalobos2024",
    title: "Will we run out of data? Limits of LLM scaling based on human-generated data",
    authors: ["Pablo Villalobos", "Anson Ho", "Jaime Sevilla", "Tamay Besiroglu", "Lennart Heim", "Marius Hobbhahn"],
    year: 2024,
    arxiv: "2211.04325",
    url: "https://arxiv.org/abs/2211.04325",
    venue: "ICML 2024",
    note: "The 2024 revision (v2); v1 (2022) had a different title and conclusions.",
  }),
  epochData2024: entry({
    id: "epochData2024",
    title: "Will we run out of data? Limits of LLM scaling based on human-generated data (blog post)",
    authors: ["Epoch AI"],
    year: 2024,
    url: "https://epochai.org/blog/will-we-run-out-of-data-limits-of-llm-scaling-based-on-human-generated-data",
    note: "The authors' summary of arXiv 2211.04325 v2.",
  }),
  epochCompute2024: entry({
    id: "epochCompute2024",
    title: "Training Compute of Frontier AI Models Grows by 4-5x per Year",
    authors: ["Epoch AI"],
    year: 2024,
    url: "https://epochai.org/blog/training-compute-of-frontier-ai-models-grows-by-4-5x-per-year",
    note: "Compute of notable models grew 4-5x per year from 2010 to May 2024; the frontier since 2018 is better described as 4x per year, frontier language models ~5x per year (Introduction).",
  }),
  epochDatasets: entry({
    id: "epochDatasets",
    title: "Dataset size trend (data insight)",
    authors: ["Epoch AI"],
    year: 2024,
    url: "https://epoch.ai/data-insights/dataset-size-trend",
    note: "Language training sets grow about 3x per year (one stored version of the page says 3.1x, doubling every seven months; another 3x, every eight). Year approximate: the page was read without its date.",
  }),
  dubey2024: entry({
    id: "dubey2024",
    title: "The Llama 3 Herd of Models",
    authors: ["Llama Team, AI @ Meta"],
    year: 2024,
    arxiv: "2407.21783",
    url: "https://arxiv.org/abs/2407.21783",
    note: "405B parameters, 15.6T tokens, 3.8 × 10^25 FLOPs (§1): read in summaries quoting the report, not in the report (secondary).",
  }),
  brown2020: entry({
    id: "brown2020",
    title: "Language Models are Few-Shot Learners",
    authors: ["Tom B. Brown", "Benjamin Mann", "Nick Ryder", "Melanie Subbiah", "et al."],
    year: 2020,
    arxiv: "2005.14165",
    url: "https://arxiv.org/abs/2005.14165",
    venue: "NeurIPS 2020",
    note: "GPT-3's shape (Table 2.1: 96 layers, d_model 12288, 96 heads of 128; n_ctx 2048, §2.1) read in a transcription of Table 2.1, not in the PDF.",
  }),
  touvron2023: entry({
    id: "touvron2023",
    title: "Llama 2: Open Foundation and Fine-Tuned Chat Models",
    authors: ["Hugo Touvron", "Louis Martin", "Kevin Stone", "et al."],
    year: 2023,
    arxiv: "2307.09288",
    url: "https://github.com/meta-llama/llama/blob/main/MODEL_CARD.md",
    note: "Token counts read in the model card (meta-llama/llama MODEL_CARD.md, commit 689c7f2): 7B, 13B and 70B each on 2.0T tokens.",
  }),
  meta2024llama3: entry({
    id: "meta2024llama3",
    title: "Meta Llama 3 model card",
    authors: ["Meta AI"],
    year: 2024,
    url: "https://github.com/meta-llama/llama3/blob/main/MODEL_CARD.md",
    note: 'meta-llama/llama3 MODEL_CARD.md, commit a0940f9: 8B and 70B, token count 15T+ ("over 15 trillion tokens").',
  }),
  cotra2020: entry({
    id: "cotra2020",
    title: "Forecasting TAI with biological anchors (draft report)",
    authors: ["Ajeya Cotra"],
    year: 2020,
    url: "https://www.lesswrong.com/posts/KrJfoZzpSDpnrv9va/draft-report-on-ai-timelines",
    note: "Draft report shared as a LessWrong / AI Alignment Forum post with Google Drive links.",
  }),
  kokotajlo2021: entry({
    id: "kokotajlo2021",
    title: "[Question] How do scaling laws work for fine-tuning?",
    authors: ["Daniel Kokotajlo"],
    year: 2021,
    url: "https://www.lesswrong.com/posts/2j7mtf58Zr9XehjxP",
    venue: "LessWrong / AI Alignment Forum",
    note: "Answers by Rohin Shah; thread with Charlie Steiner.",
  }),
  chinchillaLinkpost2022: entry({
    id: "chinchillaLinkpost2022",
    title: "[Link] Training Compute-Optimal Large Language Models",
    authors: ["AI Alignment Forum linkpost"],
    year: 2022,
    url: "https://www.alignmentforum.org/posts/4dbK5dPiqHCgNdKnq",
    venue: "AI Alignment Forum",
    note: "Comments by Jacob Hilton, Daniel Kokotajlo and nostalgebraist.",
  }),
  mackinlay: entry({
    id: "mackinlay",
    title: "Neural network scaling laws (notebook)",
    authors: ["Dan MacKinlay"],
    year: 2021,
    url: "https://danmackinlay.name/notebook/nn_scaling.html",
    note: "A continually updated research notebook; year is approximate.",
  }),
  sutton2019: entry({
    id: "sutton2019",
    title: "The Bitter Lesson",
    authors: ["Richard Sutton"],
    year: 2019,
    url: "http://www.incompleteideas.net/IncIdeas/BitterLesson.html",
  }),
  epochAnalyzingChinchilla: entry({
    id: "epochAnalyzingChinchilla",
    title: "analyzing-chinchilla (data and notebooks for Besiroglu et al. 2024)",
    authors: ["Epoch AI"],
    year: 2024,
    url: "https://github.com/epoch-research/analyzing-chinchilla",
    note: "Commit 9225883.",
  }),
  datablations: entry({
    id: "datablations",
    title: "datablations (code and fits for Muennighoff et al. 2023)",
    authors: ["Niklas Muennighoff", "et al."],
    year: 2023,
    url: "https://github.com/huggingface/datablations",
    note: "Commit 1370131.",
  }),
});

/** The id of a work in {@link sources}. */
export type SourceId = keyof typeof sources;

/**
 * Every id in {@link sources}, in registry order.
 * Source: this site.
 */
export const sourceIds: readonly SourceId[] = Object.freeze(Object.keys(sources) as SourceId[]);
