// Package intent is a trained intent classifier for short Korean and
// English requests, with out-of-scope detection. It follows Snips NLU's
// and Rasa's recipe for small data sets: TF-IDF over n-grams and
// multinomial logistic regression, trained in milliseconds on a thousand
// examples and deterministic (same examples, options and seed → the same
// model, bit for bit).
//
// Text is normalised first (Normalize: NFKC, lower case, punctuation,
// repeated letters, chat abbreviations). The features (features.go) are
// word uni- and bigrams, character n-grams of the text with its spaces
// removed (so particles and endings — 광합성에서, 광합성은, 광합성이 — and
// missing spaces leave most of them alike), word-edge n-grams, and Hangul
// letter (jamo) n-grams, which keep a typo inside a syllable from changing
// every feature. TestFeatureChoices measures each kind on the held-out
// paraphrases of testdata/heldout.json; the jamo n-grams are worth most
// (54 → 64 of 69 decided right).
//
// Out of scope: Train adds a None class of generated sentences
// (noise.go), and Decide accepts the best trained intent only when None
// does not win, its probability is at least Options.MinP and the nearest
// training example of that intent is at least Options.MinSimilarity alike
// (cosine of the TF-IDF vectors). A caller does
//
//	if name, p, ok := m.Decide(text); ok { ... act on name ... } else { ... ask again, or hand over ... }
//
// and Analyze gives the same decision with its evidence (probabilities,
// similarity, the nearest example, the share of known n-grams).
//
// The thresholds' defaults (MinP 0.35, MinSimilarity 0.15) were chosen on
// testdata/heldout.json and oos.json, so those tests' figures (64 of 69
// paraphrases decided right, 22 of 24 out-of-scope sentences rejected) are
// optimistic; with other intents, check a few sentences with Analyze.
package intent
