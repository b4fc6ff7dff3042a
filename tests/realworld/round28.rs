//! Real code round 28: NLP and machine-learning-style Python (no numpy),
//! translated to Rust with `comp!` / `acomp!`.

#![allow(
    clippy::useless_vec,
    clippy::needless_range_loop,
    clippy::manual_abs_diff
)]

use comprehensions::{acomp, comp};
use futures::stream::{self, StreamExt};
use std::collections::{HashMap, HashSet};
use std::time::Duration;

const CORPUS: [&str; 4] = [
    "The cat sat on the mat.",
    "The dog sat on the log!",
    "Cats and dogs are friends, the cat said.",
    "A log is not a mat",
];
const STOP: [&str; 6] = ["the", "a", "on", "is", "and", "are"];

fn tokenize(s: &str) -> Vec<String> {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| w.to_lowercase())
        .collect()
}

fn corpus_docs() -> Vec<Vec<String>> {
    CORPUS.iter().map(|d| tokenize(d)).collect()
}

fn sorted_vocab(docs: &[Vec<String>]) -> Vec<String> {
    let mut set = HashSet::new();
    for d in docs {
        for w in d {
            set.insert(w.clone());
        }
    }
    let mut v: Vec<String> = set.into_iter().collect();
    v.sort();
    v
}

fn approx(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-9
}

// Python: dot = sum(a * b for a, b in zip(u, v)); norm = math.sqrt(sum(x * x for x in u))
fn cosine(u: &[f64], v: &[f64]) -> f64 {
    let dot = comp!((a * b for (a, b) in u.iter().zip(v))).sum::<f64>();
    let nu = comp!((x * x for x in u)).sum::<f64>().sqrt();
    let nv = comp!((x * x for x in v)).sum::<f64>().sqrt();
    dot / (nu * nv)
}

fn cosine_by_hand(u: &[f64], v: &[f64]) -> f64 {
    let (mut dot, mut nu, mut nv) = (0.0, 0.0, 0.0);
    for i in 0..u.len() {
        dot += u[i] * v[i];
        nu += u[i] * u[i];
        nv += v[i] * v[i];
    }
    dot / (nu.sqrt() * nv.sqrt())
}

// Python: sum((a - b) ** 2 for a, b in zip(p, q))
fn dist2(p: &[f64], q: &[f64]) -> f64 {
    comp!(((a - b).powi(2) for (a, b) in p.iter().zip(q))).sum::<f64>()
}

fn dist2_by_hand(p: &[f64], q: &[f64]) -> f64 {
    let mut s = 0.0;
    for i in 0..p.len() {
        s += (p[i] - q[i]) * (p[i] - q[i]);
    }
    s
}

// ---------------------------------------------------------------- tokenizers

// Python: [w.lower() for w in text.split() if w.isalpha()]
#[test]
fn tokenize_split_isalpha() {
    let text = "The quick Brown fox jumps over 2 lazy dogs 99 times";
    let toks = comp![w.to_lowercase() for w in text.split_whitespace() if w.chars().all(char::is_alphabetic)];
    let mut want = Vec::new();
    for w in text.split_whitespace() {
        if w.chars().all(|c| c.is_alphabetic()) {
            want.push(w.to_lowercase());
        }
    }
    assert_eq!(toks, want);
    assert_eq!(toks.len(), 9);

    // Python: [w.strip(".,!?").lower() for w in text.split()]
    let t2 = "Hello, world! How are you?";
    let stripped = comp![w.trim_matches(|c: char| ".,!?".contains(c)).to_lowercase() for w in t2.split_whitespace()];
    assert_eq!(stripped, vec!["hello", "world", "how", "are", "you"]);
}

// Python: [[w for w in tokenize(doc) if w not in STOP] for doc in CORPUS]
#[test]
fn tokenize_corpus_nested_without_stopwords() {
    let docs = comp![[w for w in tokenize(doc) if !STOP.contains(&w.as_str())] for doc in CORPUS];
    let mut want: Vec<Vec<String>> = Vec::new();
    for doc in CORPUS {
        let mut d = Vec::new();
        for w in tokenize(doc) {
            if !STOP.contains(&w.as_str()) {
                d.push(w);
            }
        }
        want.push(d);
    }
    assert_eq!(docs, want);
    assert_eq!(docs[0], vec!["cat", "sat", "mat"]);
    // Python: sum(len(d) for d in docs)
    let total = comp!((d.len() for d in &docs)).sum::<usize>();
    assert_eq!(total, want.iter().map(Vec::len).sum::<usize>());
}

// ---------------------------------------------------------------- vocabularies

// Python: vocab = sorted({w for doc in docs for w in doc}); word2idx = {w: i for i, w in enumerate(vocab)}
#[test]
fn vocabulary_word2idx_idx2word() {
    let docs = corpus_docs();
    let set = comp!({w.as_str() for doc in &docs for w in doc});
    let mut vocab: Vec<&str> = set.into_iter().collect();
    vocab.sort();
    let want = sorted_vocab(&docs);
    assert_eq!(vocab, want);

    let word2idx = comp!({w.to_string(): i for (i, w) in vocab.iter().enumerate()});
    for (i, w) in want.iter().enumerate() {
        assert_eq!(word2idx[w], i);
    }
    // Python: idx2word = {i: w for w, i in word2idx.items()}
    let idx2word = comp!({i: w.clone() for (w, &i) in &word2idx});
    // Python: [idx2word[i] for i in range(len(idx2word))]
    let back = comp![idx2word[&i].as_str() for i in 0..idx2word.len()];
    assert_eq!(back, want);
}

// Python: [word2idx.get(w, UNK) for w in tokens]
#[test]
fn encode_with_unknown_token() {
    const UNK: usize = 0;
    let vocab = ["<unk>", "cat", "dog", "sat", "the"];
    let word2idx: HashMap<String, usize> = vocab
        .iter()
        .enumerate()
        .map(|(i, w)| (w.to_string(), i))
        .collect();
    let tokens = tokenize("The bird sat; the cat sat");
    let ids = comp![word2idx.get(w).copied().unwrap_or(UNK) for w in &tokens];
    assert_eq!(ids, vec![4, 0, 3, 4, 1, 3]);

    // Python: [word2idx[w] for w in tokens if w in word2idx]
    let known = comp![word2idx[w] for w in &tokens if word2idx.contains_key(w)];
    assert_eq!(known, vec![4, 3, 4, 1, 3]);

    // Python: [i for w in tokens if (i := word2idx.get(w)) is not None]
    let known2 = comp![i for w in &tokens if let Some(&i) = word2idx.get(w)];
    assert_eq!(known2, known);
}

// Python: " ".join(idx2word[i] for i in ids if i != PAD)
#[test]
fn decode_ids_to_text() {
    const PAD: usize = 0;
    let idx2word: Vec<String> = ["<pad>", "the", "cat", "sat"]
        .iter()
        .map(|s| s.to_string())
        .collect();
    let ids = vec![1, 2, 3, 0, 0];
    let text = comp![idx2word[i].as_str() for &i in &ids if i != PAD].join(" ");
    assert_eq!(text, "the cat sat");

    // Python: [[idx2word[i] for i in seq] for seq in batch]
    let batch = vec![vec![1, 2], vec![3]];
    let words = comp![[idx2word[i].clone() for &i in seq] for seq in &batch];
    assert_eq!(
        words,
        vec![
            vec!["the".to_string(), "cat".to_string()],
            vec!["sat".to_string()]
        ]
    );
}

// ---------------------------------------------------------------- n-grams

// Python: list(zip(tokens, tokens[1:]))
#[test]
fn word_bigrams() {
    let tokens = tokenize("the cat sat on the mat");
    let pairs = comp![(a.as_str(), b.as_str()) for (a, b) in tokens.iter().zip(&tokens[1..])];
    let mut want = Vec::new();
    for i in 0..tokens.len() - 1 {
        want.push((tokens[i].as_str(), tokens[i + 1].as_str()));
    }
    assert_eq!(pairs, want);

    // Python: [" ".join(tokens[i:i + 2]) for i in range(len(tokens) - 1)]
    let joined = comp![tokens[i..i + 2].join(" ") for i in 0..tokens.len() - 1];
    // Python: [" ".join(w) for w in windows(tokens, 2)]
    let joined2 = comp![w.join(" ") for w in tokens.windows(2)];
    assert_eq!(joined, joined2);
    assert_eq!(joined[0], "the cat");
    assert_eq!(joined.len(), 5);
}

// Python: [tuple(tokens[i:i + n]) for n in (1, 2, 3) for i in range(len(tokens) - n + 1)]
#[test]
fn general_ngrams_by_order() {
    let tokens = tokenize("a b c d e");
    let grams =
        comp![tokens[i..i + n].to_vec() for n in [1, 2, 3] for i in 0..tokens.len() - n + 1];
    assert_eq!(grams.len(), 5 + 4 + 3);
    assert_eq!(grams[5], vec!["a", "b"]);
    assert_eq!(grams[11], vec!["c", "d", "e"]);

    // Python: {n: len([g for g in grams if len(g) == n]) for n in range(1, 4)}
    let by_order = comp!({n: [g for g in &grams if g.len() == n].len() for n in 1..=3});
    let mut want = HashMap::new();
    for g in &grams {
        *want.entry(g.len()).or_insert(0) += 1;
    }
    assert_eq!(by_order, want);
}

// Python: [word[i:i + 3] for i in range(len(word) - 2)]
#[test]
fn character_trigrams() {
    let word = "learning";
    let tri = comp![&word[i..i + 3] for i in 0..word.len() - 2];
    assert_eq!(tri, vec!["lea", "ear", "arn", "rni", "nin", "ing"]);

    // Python: {p[i:i + 3] for w in words for p in ["<" + w + ">"] for i in range(len(p) - 2)}
    let words = vec!["cat", "cap"];
    let padded = comp!({p[i..i + 3].to_string() for w in &words let p = format!("<{w}>") for i in 0..p.len() - 2});
    let mut want = HashSet::new();
    for w in &words {
        let p = format!("<{w}>");
        for i in 0..p.len() - 2 {
            want.insert(p[i..i + 3].to_string());
        }
    }
    assert_eq!(padded, want);
    assert_eq!(padded.len(), 5);

    // Python: sorted({c for w in words for c in w})
    let chars = comp!({c for w in &words for c in w.chars()});
    let mut chars: Vec<char> = chars.into_iter().collect();
    chars.sort();
    assert_eq!(chars, vec!['a', 'c', 'p', 't']);
}

// Python: {g: grams.count(g) for g in set(grams)}
#[test]
fn ngram_counts() {
    let tokens = tokenize("the cat sat on the mat the cat ran");
    let grams: Vec<String> = tokens.windows(2).map(|w| w.join(" ")).collect();
    let counts = comp!({g.clone(): grams.iter().filter(|h| *h == g).count() for g in grams.iter().collect::<HashSet<_>>()});
    let mut want: HashMap<String, usize> = HashMap::new();
    for g in &grams {
        *want.entry(g.clone()).or_default() += 1;
    }
    assert_eq!(counts, want);

    // Python: [g for g, c in counts.items() if c == max(counts.values())]
    let top = comp![g.as_str() for (g, &c) in &counts if c == *counts.values().max().unwrap()];
    assert_eq!(top, vec!["the cat"]);
}

// Python: [(tokens[i], tokens[j]) for i in range(len(tokens)) for j in range(max(0, i - k), min(len(tokens), i + k + 1)) if i != j]
#[test]
fn skip_grams_window() {
    let tokens = vec!["i", "like", "deep", "learning", "models"];
    let k = 2usize;
    let pairs = comp![(tokens[i], tokens[j]) for i in 0..tokens.len() for j in i.saturating_sub(k)..(i + k + 1).min(tokens.len()) if i != j];
    let mut want = Vec::new();
    for i in 0..tokens.len() {
        for j in 0..tokens.len() {
            let d = if i > j { i - j } else { j - i };
            if d >= 1 && d <= k {
                want.push((tokens[i], tokens[j]));
            }
        }
    }
    assert_eq!(pairs, want);
    assert_eq!(pairs.len(), 14);

    // Python: [(c, tokens[j]) for i, c in enumerate(tokens) for j in range(i - k, i + k + 1) if 0 <= j < len(tokens) and j != i]
    let k = 2i64;
    let n = tokens.len() as i64;
    let pairs2 = comp![(c, tokens[j as usize]) for (i, &c) in tokens.iter().enumerate() for j in i as i64 - k..=i as i64 + k if 0 <= j < n && j != i as i64];
    assert_eq!(pairs2, want);
}

// ---------------------------------------------------------------- bag of words, tf-idf

// Python: [[doc.count(w) for w in vocab] for doc in docs]
#[test]
fn bag_of_words_matrix() {
    let docs = corpus_docs();
    let vocab = sorted_vocab(&docs);
    let bow =
        comp![[doc.iter().filter(|t| *t == w).count() as f64 for w in &vocab] for doc in &docs];
    for (d, doc) in docs.iter().enumerate() {
        for (j, w) in vocab.iter().enumerate() {
            let mut c = 0.0;
            for t in doc {
                if t == w {
                    c += 1.0;
                }
            }
            assert_eq!(bow[d][j], c);
        }
    }
    // Python: [[1.0 if w in doc else 0.0 for w in vocab] for doc in docs]
    let binary = comp![[1.0 if doc.contains(w) else 0.0 for w in &vocab] for doc in &docs];
    for d in 0..docs.len() {
        for j in 0..vocab.len() {
            assert_eq!(binary[d][j], if bow[d][j] > 0.0 { 1.0 } else { 0.0 });
        }
    }
}

// Python: {w: doc.count(w) / len(doc) for w in set(doc)}
#[test]
fn term_frequency_dict() {
    let doc = tokenize("the cat and the hat and the bat");
    let tf = comp!({w.clone(): doc.iter().filter(|t| *t == w).count() as f64 / doc.len() as f64 for w in doc.iter().collect::<HashSet<_>>()});
    assert_eq!(tf.len(), 5);
    assert!(approx(tf["the"], 3.0 / 8.0));
    assert!(approx(tf["and"], 2.0 / 8.0));
    assert!(approx(tf.values().sum::<f64>(), 1.0));

    // Python: {w: c for w, c in Counter(doc).items() if c > 1}
    let mut counts: HashMap<String, usize> = HashMap::new();
    for w in &doc {
        *counts.entry(w.clone()).or_default() += 1;
    }
    let repeated = comp!({w.as_str(): c for (w, &c) in &counts if c > 1});
    assert_eq!(repeated, HashMap::from([("the", 3), ("and", 2)]));
}

// Python: {w: math.log(N / sum(1 for d in docs if w in d)) for w in vocab}
#[test]
fn inverse_document_frequency() {
    let docs = corpus_docs();
    let vocab = sorted_vocab(&docs);
    let n = docs.len() as f64;
    let idf = comp!({w.clone(): (n / Iterator::sum::<usize>(1 for d in &docs if d.contains(w)) as f64).ln() for w in &vocab});
    for w in &vocab {
        let mut df = 0;
        for d in &docs {
            if d.contains(w) {
                df += 1;
            }
        }
        assert!(approx(idf[w], (n / df as f64).ln()));
    }
    assert!(approx(idf["cat"], (4.0f64 / 2.0).ln()));

    // Python: df = {w: sum(w in d for d in docs) for w in vocab}
    let df = comp!({w.clone(): (d for d in &docs if d.contains(w)).count() for w in &vocab});
    assert_eq!(df["the"], 3);
    assert_eq!(df["log"], 2);

    // Python: {w: math.log((1 + N) / (1 + df[w])) + 1 for w in vocab}
    let smooth = comp!({w.as_str(): ((1.0 + n) / (1.0 + df[w] as f64)).ln() + 1.0 for w in &vocab});
    assert!(approx(smooth["the"], (5.0f64 / 4.0).ln() + 1.0));
    assert_eq!(smooth.len(), vocab.len());
}

// Python: [[tf[d].get(w, 0.0) * idf[w] for w in vocab] for d in range(len(docs))]
#[test]
fn tfidf_vectors_and_sparse_rows() {
    let docs = corpus_docs();
    let vocab = sorted_vocab(&docs);
    let n = docs.len() as f64;
    let mut idf: HashMap<String, f64> = HashMap::new();
    for w in &vocab {
        let df = docs.iter().filter(|d| d.contains(w)).count() as f64;
        idf.insert(w.clone(), (n / df).ln());
    }
    // Python: tfs = [{w: doc.count(w) / len(doc) for w in doc} for doc in docs]
    let tfs = comp![{w.as_str(): doc.iter().filter(|t| *t == w).count() as f64 / doc.len() as f64 for w in doc} for doc in &docs];
    assert_eq!(tfs.len(), 4);
    let matrix =
        comp![[tf.get(w.as_str()).copied().unwrap_or(0.0) * idf[w] for w in &vocab] for tf in &tfs];
    for (d, doc) in docs.iter().enumerate() {
        for (j, w) in vocab.iter().enumerate() {
            let c = doc.iter().filter(|t| *t == w).count() as f64;
            assert!(approx(matrix[d][j], c / doc.len() as f64 * idf[w]));
        }
    }
    // Python: [{w: v for w, v in zip(vocab, row) if v > 0} for row in matrix]
    let sparse =
        comp![{w.as_str(): v for (w, &v) in vocab.iter().zip(row) if v > 0.0} for row in &matrix];
    for (d, row) in matrix.iter().enumerate() {
        assert_eq!(sparse[d].len(), row.iter().filter(|v| **v > 0.0).count());
    }
    // "the" is in 3 of 4 docs, "cat" in 2: only "cat" survives in doc 0 with "sat", "mat"
    assert!(sparse[0].contains_key("cat"));
    assert!(sparse[0]["cat"] > 0.0);
}

// ---------------------------------------------------------------- similarity

// Python: [[cosine(a, b) for b in vecs] for a in vecs]
#[test]
fn cosine_similarity_matrix() {
    assert!(approx(cosine(&[1.0, 2.0, 3.0], &[2.0, 4.0, 6.0]), 1.0));
    assert!(approx(cosine(&[1.0, 0.0], &[0.0, 1.0]), 0.0));
    let vecs = vec![
        vec![1.0, 2.0, 0.0],
        vec![0.0, 1.0, 3.0],
        vec![2.0, 1.0, 1.0],
    ];
    let sim = comp![[cosine(a, b) for b in &vecs] for a in &vecs];
    for i in 0..3 {
        assert!(approx(sim[i][i], 1.0));
        for j in 0..3 {
            assert!(approx(sim[i][j], sim[j][i]));
            assert!(approx(sim[i][j], cosine_by_hand(&vecs[i], &vecs[j])));
        }
    }

    // Python: ranked = sorted(((cosine(q, d), i) for i, d in enumerate(vecs) if i != qi), reverse=True)
    let vecs = vec![
        vec![1.0, 1.0, 0.0, 0.0],
        vec![1.0, 0.9, 0.1, 0.0],
        vec![0.0, 0.0, 1.0, 1.0],
        vec![0.5, 0.5, 0.5, 0.5],
    ];
    let qi = 0;
    let q = vecs[qi].clone();
    let mut ranked = comp![(cosine(&q, d), i) for (i, d) in vecs.iter().enumerate() if i != qi];
    ranked.sort_by(|a, b| b.0.total_cmp(&a.0));
    // Python: [i for s, i in ranked[:2]]
    let top2 = comp![i for &(_, i) in &ranked[..2]];
    let mut best = (f64::MIN, usize::MAX);
    for (i, d) in vecs.iter().enumerate() {
        let s = cosine_by_hand(&q, d);
        if i != qi && s > best.0 {
            best = (s, i);
        }
    }
    assert_eq!(top2[0], best.1);
    assert_eq!(top2, vec![1, 3]);
}

// ---------------------------------------------------------------- evaluation

// Python: [[sum(1 for t, p in zip(y_true, y_pred) if t == i and p == j) for j in range(k)] for i in range(k)]
#[test]
fn confusion_matrix_counts() {
    let y_true = vec![0, 1, 2, 2, 1, 0, 2, 1];
    let y_pred = vec![0, 2, 2, 2, 1, 1, 0, 1];
    let k = 3;
    let cm = comp![[Iterator::sum::<usize>(1 for (&t, &p) in y_true.iter().zip(&y_pred) if t == i && p == j) for j in 0..k] for i in 0..k];
    let mut want = vec![vec![0usize; k]; k];
    for (t, p) in y_true.iter().zip(&y_pred) {
        want[*t][*p] += 1;
    }
    assert_eq!(cm, want);
    // Python: sum(cm[i][i] for i in range(k))
    let correct = comp!((cm[i][i] for i in 0..k)).sum::<usize>();
    assert_eq!(correct, 5);
}

// Python: {c: cm[c][c] / col if (col := sum(cm[r][c] for r in range(k))) else 0.0 for c in range(k)}
#[test]
fn precision_recall_f1_per_class() {
    let cm = vec![vec![3usize, 1, 0], vec![2, 4, 1], vec![0, 0, 0]];
    let k = 3;
    let prec = comp!({c: cm[c][c] as f64 / col as f64 if (col := (cm[r][c] for r in 0..k).sum::<usize>()) > 0 else 0.0 for c in 0..k});
    // Python: {c: cm[c][c] / row_sum if row_sum else 0.0 for c in range(k) for row_sum in [sum(cm[c])]}
    let rec = comp!({c: cm[c][c] as f64 / row_sum as f64 if row_sum > 0 else 0.0 for c in 0..k let row_sum: usize = cm[c].iter().sum()});
    for c in 0..k {
        let mut col = 0;
        let mut row = 0;
        for r in 0..k {
            col += cm[r][c];
            row += cm[c][r];
        }
        let p = if col > 0 {
            cm[c][c] as f64 / col as f64
        } else {
            0.0
        };
        let r = if row > 0 {
            cm[c][c] as f64 / row as f64
        } else {
            0.0
        };
        assert!(approx(prec[&c], p));
        assert!(approx(rec[&c], r));
    }
    assert!(approx(prec[&0], 0.6));
    assert!(approx(rec[&1], 4.0 / 7.0));
    // Python: {c: 2 * p * r / (p + r) if p + r else 0.0 for c in range(k) for p, r in [(prec[c], rec[c])]}
    let f1 = comp!({c: 2.0 * p * r / (p + r) if p + r > 0.0 else 0.0 for c in 0..k let (p, r) = (prec[&c], rec[&c])});
    assert_eq!(f1[&2], 0.0);
    assert!(approx(f1[&0], 2.0 * 0.6 * 0.75 / 1.35));
    // Python: sum(f1[c] for c in range(k)) / k
    let macro_f1 = comp!((f1[&c] for c in 0..k)).sum::<f64>() / k as f64;
    assert!(approx(macro_f1, (f1[&0] + f1[&1] + f1[&2]) / 3.0));
}

// Python: tp = {c: sum(1 for t, p in zip(yt, yp) if t == p == c) for c in classes}
#[test]
fn tp_fp_fn_with_string_labels() {
    let yt = vec!["spam", "ham", "spam", "ham", "eggs", "spam"];
    let yp = vec!["spam", "spam", "ham", "ham", "eggs", "spam"];
    let classes = vec!["spam", "ham", "eggs"];
    let tp = comp!({*c: Iterator::sum::<usize>(1 for (t, p) in yt.iter().zip(&yp) if t == p == c) for c in &classes});
    // Python: fp = {c: sum(1 for t, p in zip(yt, yp) if p == c != t) for c in classes}
    let fp = comp!({*c: Iterator::sum::<usize>(1 for (t, p) in yt.iter().zip(&yp) if p == c != t) for c in &classes});
    // Python: fn = {c: sum(1 for t, p in zip(yt, yp) if t == c != p) for c in classes}
    let fneg = comp!({*c: Iterator::sum::<usize>(1 for (t, p) in yt.iter().zip(&yp) if t == c != p) for c in &classes});
    for c in &classes {
        let (mut a, mut b, mut d) = (0, 0, 0);
        for (t, p) in yt.iter().zip(&yp) {
            if t == c && p == c {
                a += 1;
            }
            if p == c && t != c {
                b += 1;
            }
            if t == c && p != c {
                d += 1;
            }
        }
        assert_eq!((tp[c], fp[c], fneg[c]), (a, b, d));
    }
    assert_eq!(tp["spam"], 2);
    // Python: {c: tp[c] / (tp[c] + fp[c]) for c in classes if tp[c] + fp[c] > 0}
    let precision =
        comp!({c: tp[c] as f64 / (tp[c] + fp[c]) as f64 for &c in &classes if tp[c] + fp[c] > 0});
    assert!(approx(precision["spam"], 2.0 / 3.0));
    assert!(approx(precision["eggs"], 1.0));

    // Python: sum(t == p for t, p in zip(y_true, y_pred)) / len(y_true)
    let y_true = vec![1, 0, 1, 1, 0, 1];
    let y_pred = vec![1, 1, 1, 0, 0, 1];
    let hits = comp!((usize::from(t == p) for (t, p) in y_true.iter().zip(&y_pred))).sum::<usize>();
    let acc = hits as f64 / y_true.len() as f64;
    assert!(approx(acc, 4.0 / 6.0));
    // Python: [i for i, (t, p) in enumerate(zip(y_true, y_pred)) if t != p]
    let wrong = comp![i for (i, (t, p)) in y_true.iter().zip(&y_pred).enumerate() if t != p];
    let mut want = Vec::new();
    for i in 0..y_true.len() {
        if y_true[i] != y_pred[i] {
            want.push(i);
        }
    }
    assert_eq!(wrong, want);
}

// ---------------------------------------------------------------- k-means

fn kmeans_points() -> Vec<[f64; 2]> {
    vec![
        [1.0, 1.0],
        [1.5, 2.0],
        [0.5, 1.5],
        [8.0, 8.0],
        [9.0, 8.5],
        [8.5, 9.5],
        [1.0, 0.5],
    ]
}

// Python: [min(range(k), key=lambda c: dist2(p, centroids[c])) for p in points]
#[test]
fn kmeans_assignment_step() {
    let points = kmeans_points();
    let centroids = vec![vec![0.0, 0.0], vec![10.0, 10.0]];
    let k = centroids.len();
    let assign = comp![(0..k).min_by(|&a, &b| dist2(p, &centroids[a]).total_cmp(&dist2(p, &centroids[b]))).unwrap() for p in &points];
    let mut want = Vec::new();
    for p in &points {
        let mut best = 0;
        for c in 1..k {
            if dist2_by_hand(p, &centroids[c]) < dist2_by_hand(p, &centroids[best]) {
                best = c;
            }
        }
        want.push(best);
    }
    assert_eq!(assign, want);
    assert_eq!(assign, vec![0, 0, 0, 1, 1, 1, 0]);

    // Python: [min((dist2(p, c), i) for i, c in enumerate(centroids))[1] for p in points]
    let assign2 = comp![((dist2(p, c), i) for (i, c) in centroids.iter().enumerate()).min_by(|x, y| x.0.total_cmp(&y.0)).unwrap().1 for p in &points];
    assert_eq!(assign2, want);
}

// Python: clusters = [[p for p, a in zip(points, assign) if a == c] for c in range(k)]
#[test]
fn kmeans_update_step_until_converged() {
    let points = kmeans_points();
    let mut centroids: Vec<Vec<f64>> = vec![vec![0.0, 0.0], vec![5.0, 5.0]];
    let k = 2;
    let mut iterations = 0;
    loop {
        iterations += 1;
        let assign: Vec<usize> = points
            .iter()
            .map(|p| {
                if dist2_by_hand(p, &centroids[0]) <= dist2_by_hand(p, &centroids[1]) {
                    0
                } else {
                    1
                }
            })
            .collect();
        let clusters = comp![[p for (p, &a) in points.iter().zip(&assign) if a == c] for c in 0..k];
        assert_eq!(clusters.iter().map(Vec::len).sum::<usize>(), points.len());
        // Python: [[sum(p[d] for p in cl) / len(cl) for d in range(2)] for cl in clusters if cl]
        let new = comp![[(p[d] for p in cl).sum::<f64>() / cl.len() as f64 for d in 0..2] for cl in &clusters if !cl.is_empty()];
        for (c, cl) in clusters.iter().enumerate() {
            let mut s = [0.0, 0.0];
            for p in cl {
                s[0] += p[0];
                s[1] += p[1];
            }
            assert!(approx(new[c][0], s[0] / cl.len() as f64));
            assert!(approx(new[c][1], s[1] / cl.len() as f64));
        }
        // Python: sum(dist2(p, centroids[a]) for p, a in zip(points, assign))
        let inertia =
            comp!((dist2(p, &new[a]) for (p, &a) in points.iter().zip(&assign))).sum::<f64>();
        let mut want = 0.0;
        for (i, p) in points.iter().enumerate() {
            want += dist2_by_hand(p, &new[assign[i]]);
        }
        assert!(approx(inertia, want));
        // Python: all(dist2(a, b) < 1e-9 for a, b in zip(old, new))
        let done = comp!((dist2(a, b) < 1e-9 for (a, b) in centroids.iter().zip(&new))).all(|x| x);
        centroids = new;
        if done || iterations > 10 {
            break;
        }
    }
    assert!(iterations <= 3);
    assert!(approx(centroids[0][0], (1.0 + 1.5 + 0.5 + 1.0) / 4.0));
    assert!(approx(centroids[1][1], (8.0 + 8.5 + 9.5) / 3.0));
}

// ---------------------------------------------------------------- datasets

// Python: train = [x for i, x in enumerate(data) if i % 5 != 0]; test = [x for i, x in enumerate(data) if i % 5 == 0]
#[test]
fn train_test_split_by_index() {
    let data: Vec<u32> = (100..120).collect();
    let train = comp![x for (i, &x) in data.iter().enumerate() if i % 5 != 0];
    let test = comp![x for (i, &x) in data.iter().enumerate() if i % 5 == 0];
    assert_eq!(train.len(), 16);
    assert_eq!(test, vec![100, 105, 110, 115]);
    let mut all = [train.clone(), test.clone()].concat();
    all.sort();
    assert_eq!(all, data);

    // Python: [data[i] for i in idx[:cut]], [data[i] for i in idx[cut:]]
    let idx: Vec<usize> = (0..data.len()).map(|i| (i * 7) % 20).collect();
    let cut = 15;
    let tr = comp![data[i] for &i in &idx[..cut]];
    let te = comp![data[i] for &i in &idx[cut..]];
    assert_eq!(tr.len() + te.len(), 20);
    assert_eq!(tr[1], data[7]);
    let union: HashSet<u32> = tr.iter().chain(&te).copied().collect();
    assert_eq!(union.len(), 20);

    // Python: {c: [x for x, y in zip(X, Y) if y == c] for c in set(Y)}
    let xs = vec![0.1, 0.2, 0.3, 0.4, 0.5, 0.6];
    let ys = vec![1, 0, 1, 2, 0, 1];
    let groups = comp!({c: [x for (x, &y) in xs.iter().zip(&ys) if y == c] for c in ys.iter().copied().collect::<HashSet<_>>()});
    assert_eq!(groups.len(), 3);
    assert_eq!(groups[&1], vec![&0.1, &0.3, &0.6]);
    assert_eq!(groups[&2], vec![&0.4]);
}

// Python: [data[i:i + bs] for i in range(0, len(data), bs)]
#[test]
fn minibatches_by_step_and_chunks() {
    let data: Vec<f64> = (1..=10).map(f64::from).collect();
    let bs = 4;
    let batches = comp![&data[i..(i + bs).min(data.len())] for i in (0..data.len()).step_by(bs)];
    // Python: [list(b) for b in chunked(data, bs)]
    let chunks = comp![b.to_vec() for b in data.chunks(bs)];
    assert_eq!(batches.len(), 3);
    for (a, b) in batches.iter().zip(&chunks) {
        assert_eq!(a.to_vec(), *b);
    }
    assert_eq!(chunks[2], vec![9.0, 10.0]);
    // Python: [sum(b) / len(b) for b in batches]
    let means = comp![b.iter().sum::<f64>() / b.len() as f64 for b in data.chunks(bs)];
    assert_eq!(means, vec![2.5, 6.5, 9.5]);
}

// Python: [(X[i:i + bs], Y[i:i + bs]) for i in range(0, n, bs)]
#[test]
fn minibatches_features_and_labels() {
    let xs: Vec<[f64; 2]> = (0..7).map(|i| [i as f64, (i * i) as f64]).collect();
    let ys = vec![0, 1, 1, 0, 1, 1, 1];
    let bs = 3;
    let batches = comp![(xb, yb) for (xb, yb) in xs.chunks(bs).zip(ys.chunks(bs))];
    assert_eq!(batches.len(), 3);
    assert_eq!(batches[1].1, &[0, 1, 1]);
    assert_eq!(batches[2].0, &[[6.0, 36.0]]);
    // Python: [b for b in batches if len(b) == bs]   (drop_last=True)
    let full = comp![b for b in xs.chunks(bs) if b.len() == bs];
    assert_eq!(full.len(), 2);
    // Python: [{y: yb.count(y) for y in yb} for _, yb in batches]
    let dist =
        comp![{y: yb.iter().filter(|&&z| z == y).count() for &y in *yb} for (_, yb) in &batches];
    assert_eq!(dist[0], HashMap::from([(0, 1), (1, 2)]));
    assert_eq!(dist[2], HashMap::from([(1, 1)]));
}

// Python: [sum(xs[i:i + w]) / w for i in range(len(xs) - w + 1)]
#[test]
fn sliding_windows_and_cbow_contexts() {
    let xs = vec![1.0, 3.0, 5.0, 7.0, 9.0];
    let w = 3;
    let ma = comp![win.iter().sum::<f64>() / w as f64 for win in xs.windows(w)];
    assert_eq!(ma, vec![3.0, 5.0, 7.0]);

    // Python: [(tokens[i - 2:i] + tokens[i + 1:i + 3], tokens[i]) for i in range(2, len(tokens) - 2)]
    let tokens = vec!["we", "train", "word", "vectors", "on", "text"];
    let ctx = comp![([&tokens[i - 2..i], &tokens[i + 1..i + 3]].concat(), tokens[i]) for i in 2..tokens.len() - 2];
    assert_eq!(ctx.len(), 2);
    assert_eq!(ctx[0], (vec!["we", "train", "vectors", "on"], "word"));
    // Python: [([w[0], w[1], w[3], w[4]], w[2]) for w in windows(tokens, 5)]
    let ctx2 = comp![(vec![w[0], w[1], w[3], w[4]], w[2]) for w in tokens.windows(5)];
    assert_eq!(ctx, ctx2);
}

// Python: [[1 if i == y else 0 for i in range(k)] for y in labels]
#[test]
fn one_hot_encode_decode() {
    let labels = vec![2, 0, 1, 2];
    let k = 3;
    let onehot = comp![[1 if i == y else 0 for i in 0..k] for &y in &labels];
    assert_eq!(
        onehot,
        vec![vec![0, 0, 1], vec![1, 0, 0], vec![0, 1, 0], vec![0, 0, 1]]
    );
    // Python: [max(range(k), key=lambda i: row[i]) for row in onehot]
    let back = comp![(0..k).max_by_key(|&i| row[i]).unwrap() for row in &onehot];
    assert_eq!(back, labels);

    // Python: [[1.0 if w == v else 0.0 for v in vocab] for w in tokens]
    let vocab = vec!["cat", "dog", "mat"];
    let tokens = vec!["dog", "mat", "dog"];
    let words = comp![[1.0 if w == v else 0.0 for v in &vocab] for w in &tokens];
    for (r, w) in tokens.iter().enumerate() {
        for (c, v) in vocab.iter().enumerate() {
            assert_eq!(words[r][c], if w == v { 1.0 } else { 0.0 });
        }
    }

    // Python: label2id = {l: i for i, l in enumerate(sorted(set(labels)))}
    let labels = vec!["pos", "neg", "neu", "pos", "pos", "neg"];
    let mut uniq: Vec<&str> = comp!({l for &l in &labels}).into_iter().collect();
    uniq.sort();
    assert_eq!(uniq, vec!["neg", "neu", "pos"]);
    let label2id = comp!({l: i for (i, &l) in uniq.iter().enumerate()});
    // Python: [label2id[l] for l in labels]
    let encoded = comp![label2id[l] for l in &labels];
    assert_eq!(encoded, vec![2, 0, 1, 2, 2, 0]);
}

// ---------------------------------------------------------------- normalisation

// Python: [(x - lo) / (hi - lo) for x in xs]
#[test]
fn min_max_scaling() {
    let xs = vec![2.0, 4.0, 6.0, 10.0];
    let lo = xs.iter().cloned().fold(f64::INFINITY, f64::min);
    let hi = xs.iter().cloned().fold(f64::NEG_INFINITY, f64::max);
    let scaled = comp![(x - lo) / (hi - lo) for x in &xs];
    assert_eq!(scaled, vec![0.0, 0.25, 0.5, 1.0]);

    // Python: mins = [min(row[j] for row in X) for j in range(d)]
    let x = vec![vec![1.0, 10.0], vec![3.0, 30.0], vec![2.0, 20.0]];
    let d = 2;
    let mins = comp![(row[j] for row in &x).fold(f64::INFINITY, f64::min) for j in 0..d];
    let maxs = comp![(row[j] for row in &x).fold(f64::NEG_INFINITY, f64::max) for j in 0..d];
    assert_eq!(mins, vec![1.0, 10.0]);
    assert_eq!(maxs, vec![3.0, 30.0]);
    // Python: [[(row[j] - mins[j]) / (maxs[j] - mins[j]) for j in range(d)] for row in X]
    let norm = comp![[(row[j] - mins[j]) / (maxs[j] - mins[j]) for j in 0..d] for row in &x];
    assert_eq!(norm, vec![vec![0.0, 0.0], vec![1.0, 1.0], vec![0.5, 0.5]]);
}

// Python: std = math.sqrt(sum((x - mean) ** 2 for x in xs) / len(xs)); [(x - mean) / std for x in xs]
#[test]
fn z_score_standardisation() {
    let xs = vec![2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0];
    let n = xs.len() as f64;
    let mean = xs.iter().sum::<f64>() / n;
    let var = comp!(((x - mean).powi(2) for x in &xs)).sum::<f64>() / n;
    let std = var.sqrt();
    assert!(approx(std, 2.0));
    let z = comp![(x - mean) / std for x in &xs];
    assert!(approx(z.iter().sum::<f64>(), 0.0));
    let mut v2 = 0.0;
    for zi in &z {
        v2 += zi * zi;
    }
    assert!(approx(v2 / n, 1.0));
    assert!(approx(z[0], -1.5));
}

// Python: [[x / n for x in row] for row in M if (n := math.sqrt(sum(x * x for x in row))) > 0]
#[test]
fn l2_normalise_rows_with_walrus() {
    let m = vec![vec![3.0, 4.0], vec![0.0, 0.0], vec![1.0, 1.0]];
    let normed = comp![[x / n for x in row] for row in &m if (n := (x * x for x in row).sum::<f64>().sqrt()) > 0.0];
    assert_eq!(normed.len(), 2);
    assert_eq!(normed[0], vec![0.6, 0.8]);
    // Python: [sum(x * x for x in r) for r in normed]
    let norms = comp![(x * x for x in r).sum::<f64>() for r in &normed];
    for v in norms {
        assert!(approx(v, 1.0));
    }
}

// Python: exps = [math.exp(x - m) for x in logits]; [e / sum(exps) for e in exps]
#[test]
fn softmax_single_and_batch() {
    let logits: Vec<f64> = vec![1.0, 2.0, 3.0];
    let m = 3.0;
    let exps = comp![(x - m).exp() for x in &logits];
    let total: f64 = exps.iter().sum();
    let probs = comp![e / total for e in &exps];
    let mut z = 0.0;
    for l in &logits {
        z += f64::exp(l - m);
    }
    for (p, l) in probs.iter().zip(&logits) {
        assert!(approx(*p, f64::exp(l - m) / z));
    }
    // Python: [[math.exp(x - mx) / z for x in row] for row in batch for mx in [max(row)] for z in [sum(math.exp(y - mx) for y in row)]]
    let batch = vec![vec![1.0, 2.0, 3.0], vec![0.0, 0.0]];
    let sm = comp![[(x - mx).exp() / z for x in row] for row in &batch let mx = row.iter().cloned().fold(f64::NEG_INFINITY, f64::max) let z: f64 = ((y - mx).exp() for y in row).sum()];
    assert_eq!(sm.len(), 2);
    for (a, b) in sm[0].iter().zip(&probs) {
        assert!(approx(*a, *b));
    }
    assert_eq!(sm[1], vec![0.5, 0.5]);
}

// Python: -sum(math.log(p[y]) for p, y in zip(probs, labels)) / len(labels)
#[test]
fn cross_entropy_and_argmax() {
    let probs: Vec<Vec<f64>> = vec![
        vec![0.7, 0.2, 0.1],
        vec![0.1, 0.8, 0.1],
        vec![0.3, 0.3, 0.4],
    ];
    let labels = vec![0usize, 1, 0];
    let n = labels.len() as f64;
    let loss = -comp!((p[y].ln() for (p, &y) in probs.iter().zip(&labels))).sum::<f64>() / n;
    let want = -(0.7f64.ln() + 0.8f64.ln() + 0.3f64.ln()) / 3.0;
    assert!(approx(loss, want));
    // Python: [max(range(len(p)), key=p.__getitem__) for p in probs]
    let preds = comp![(0..p.len()).max_by(|&a, &b| p[a].total_cmp(&p[b])).unwrap() for p in &probs];
    assert_eq!(preds, vec![0, 1, 2]);
}

// Python: [1 if p >= 0.5 else 0 for p in probs]
#[test]
fn thresholds_and_roc_points() {
    let probs = vec![0.9, 0.4, 0.65, 0.2, 0.5, 0.8];
    let ys = vec![1, 0, 1, 0, 0, 1];
    let preds = comp![1 if p >= 0.5 else 0 for &p in &probs];
    assert_eq!(preds, vec![1, 0, 1, 0, 1, 1]);

    let thresholds = vec![0.3, 0.6, 0.85];
    let pos = ys.iter().filter(|&&y| y == 1).count() as f64;
    let neg = ys.len() as f64 - pos;
    // Python: [sum(1 for p, y in zip(probs, ys) if p >= t and y == 1) / pos for t in thresholds]
    let tpr = comp![Iterator::sum::<usize>(1 for (&p, &y) in probs.iter().zip(&ys) if p >= t && y == 1) as f64 / pos for &t in &thresholds];
    // Python: [sum(1 for p, y in zip(probs, ys) if p >= t and y == 0) / neg for t in thresholds]
    let fpr = comp![Iterator::sum::<usize>(1 for (&p, &y) in probs.iter().zip(&ys) if p >= t && y == 0) as f64 / neg for &t in &thresholds];
    for (i, t) in thresholds.iter().enumerate() {
        let (mut tp, mut fp) = (0.0, 0.0);
        for (p, y) in probs.iter().zip(&ys) {
            if p >= t {
                if *y == 1 {
                    tp += 1.0;
                } else {
                    fp += 1.0;
                }
            }
        }
        assert!(approx(tpr[i], tp / pos));
        assert!(approx(fpr[i], fp / neg));
    }
    assert_eq!(tpr, vec![1.0, 1.0, 1.0 / 3.0]);
}

// Python: nearest = sorted((dist2(q, x), y) for x, y in train)[:k]
#[test]
fn knn_majority_vote() {
    let train: Vec<([f64; 2], &str)> = vec![
        ([0.0, 0.0], "red"),
        ([0.5, 0.2], "red"),
        ([5.0, 5.0], "blue"),
        ([0.3, 0.9], "blue"),
        ([0.1, 0.4], "red"),
        ([6.0, 5.5], "blue"),
    ];
    let q = [0.2, 0.3];
    let k = 3;
    let mut nearest = comp![(dist2(&q, x), *y) for (x, y) in &train];
    nearest.sort_by(|a, b| a.0.total_cmp(&b.0));
    // Python: votes = {y: sum(1 for _, l in nearest[:k] if l == y) for _, y in nearest[:k]}
    let votes = comp!({*y: Iterator::sum::<usize>(1 for (_, l) in &nearest[..k] if l == y) for (_, y) in &nearest[..k]});
    let mut want: HashMap<&str, usize> = HashMap::new();
    let mut ds: Vec<(f64, &str)> = train
        .iter()
        .map(|(x, y)| (dist2_by_hand(&q, x), *y))
        .collect();
    ds.sort_by(|a, b| a.0.total_cmp(&b.0));
    for (_, y) in &ds[..k] {
        *want.entry(y).or_default() += 1;
    }
    assert_eq!(votes, want);
    let winner = votes.iter().max_by_key(|(_, &c)| c).unwrap().0;
    assert_eq!(*winner, "red");
}

// ---------------------------------------------------------------- linear models

// Python: [1 if sum(w * x for w, x in zip(weights, xs)) + b > 0 else -1 for xs in X]
#[test]
fn perceptron_epoch() {
    let data = vec![
        vec![2.0, 1.0],
        vec![-1.0, -2.0],
        vec![1.5, 2.0],
        vec![-2.0, 0.5],
    ];
    let labels = vec![1, -1, 1, -1];
    let mut weights = vec![0.0, 0.0];
    let b = 0.0;
    let lr = 0.5;
    for epoch in 0..5 {
        let preds = comp![1 if (w * x for (w, x) in weights.iter().zip(xs)).sum::<f64>() + b > 0.0 else -1 for xs in &data];
        let mut want = Vec::new();
        for xs in &data {
            let s = weights[0] * xs[0] + weights[1] * xs[1] + b;
            want.push(if s > 0.0 { 1 } else { -1 });
        }
        assert_eq!(preds, want);
        if preds == labels {
            assert!(epoch >= 1);
            break;
        }
        for (xs, (&y, &p)) in data.iter().zip(labels.iter().zip(&preds)) {
            if y != p {
                // Python: [w + lr * y * x for w, x in zip(weights, xs)]
                let new = comp![w + lr * y as f64 * x for (w, x) in weights.iter().zip(xs)];
                assert_eq!(new[0], weights[0] + lr * y as f64 * xs[0]);
                weights = new;
            }
        }
    }
    assert!(weights[0] > 0.0);
}

// Python: [[row[i] for row in M] for i in range(len(M[0]))]; [[sum(a * b for a, b in zip(row, col)) for col in BT] for row in A]
#[test]
fn transpose_and_matmul() {
    let a = vec![vec![1.0, 2.0, 3.0], vec![4.0, 5.0, 6.0]];
    let bm = vec![vec![7.0, 8.0], vec![9.0, 10.0], vec![11.0, 12.0]];
    let bt = comp![[row[i] for row in &bm] for i in 0..bm[0].len()];
    assert_eq!(bt, vec![vec![7.0, 9.0, 11.0], vec![8.0, 10.0, 12.0]]);
    let prod = comp![[(x * y for (x, y) in row.iter().zip(col)).sum::<f64>() for col in &bt] for row in &a];
    let mut want = vec![vec![0.0; 2]; 2];
    for i in 0..2 {
        for j in 0..2 {
            for t in 0..3 {
                want[i][j] += a[i][t] * bm[t][j];
            }
        }
    }
    assert_eq!(prod, want);
    assert_eq!(prod[0][0], 58.0);
}

// Python: preds = [sum(w * x for w, x in zip(W, xs)) + b for xs in X]
#[test]
fn linear_regression_gradient_step() {
    let x = vec![vec![1.0, 2.0], vec![2.0, 0.0], vec![3.0, 1.0]];
    let y = vec![5.0, 4.0, 7.0];
    let weights = vec![0.5, 0.5];
    let b = 0.0;
    let lr = 0.1;
    let n = x.len() as f64;
    let d = 2;
    let preds =
        comp![Iterator::sum::<f64>(w * xi for (w, xi) in weights.iter().zip(xs)) + b for xs in &x];
    // Python: errs = [p - t for p, t in zip(preds, Y)]
    let errs = comp![p - t for (p, t) in preds.iter().zip(&y)];
    // Python: grads = [2 * sum(e * xs[j] for e, xs in zip(errs, X)) / n for j in range(d)]
    let grads =
        comp![2.0 * (e * xs[j] for (e, xs) in errs.iter().zip(&x)).sum::<f64>() / n for j in 0..d];
    // Python: [w - lr * g for w, g in zip(W, grads)]
    let new_w = comp![w - lr * g for (w, g) in weights.iter().zip(&grads)];

    let mut hp = Vec::new();
    for xs in &x {
        hp.push(weights[0] * xs[0] + weights[1] * xs[1] + b);
    }
    assert_eq!(preds, hp);
    let mut hg = [0.0; 2];
    for i in 0..x.len() {
        for j in 0..d {
            hg[j] += 2.0 * (hp[i] - y[i]) * x[i][j] / n;
        }
    }
    for j in 0..d {
        assert!(approx(grads[j], hg[j]));
        assert!(approx(new_w[j], weights[j] - lr * hg[j]));
    }
    // loss decreases
    let loss = |w: &[f64]| -> f64 {
        let mut s = 0.0;
        for i in 0..x.len() {
            let p = w[0] * x[i][0] + w[1] * x[i][1] + b;
            s += (p - y[i]).powi(2);
        }
        s / n
    };
    assert!(loss(&new_w) < loss(&weights));
}

// ---------------------------------------------------------------- sequences

// Python: [seq + [PAD] * (maxlen - len(seq)) for seq in seqs]
#[test]
fn padding_truncation_and_masks() {
    const PAD: u32 = 0;
    let seqs = vec![vec![5, 3], vec![7, 8, 9, 4], vec![1]];
    // Python: maxlen = max(len(s) for s in seqs)
    let maxlen = comp!((s.len() for s in &seqs)).max().unwrap();
    assert_eq!(maxlen, 4);
    let padded = comp![[seq.clone(), vec![PAD; maxlen - seq.len()]].concat() for seq in &seqs];
    assert_eq!(padded[0], vec![5, 3, 0, 0]);
    assert!(padded.iter().all(|s| s.len() == maxlen));
    // Python: [[1 if t != PAD else 0 for t in seq] for seq in padded]
    let mask = comp![[1 if t != PAD else 0 for &t in seq] for seq in &padded];
    // Python: [sum(m) for m in mask]
    let lengths = comp![m.iter().sum::<u32>() as usize for m in &mask];
    let mut want = Vec::new();
    for s in &seqs {
        want.push(s.len());
    }
    assert_eq!(lengths, want);
    // Python: [seq[:3] for seq in seqs]
    let trunc = comp![seq[..seq.len().min(3)].to_vec() for seq in &seqs];
    assert_eq!(trunc, vec![vec![5, 3], vec![7, 8, 9], vec![1]]);
}

// Python: [t for s in text.split(".") if (t := s.strip())]
#[test]
fn sentence_split_with_walrus() {
    let text = "Deep nets learn. They overfit.  . Regularise them. ";
    let sents = comp![t for s in text.split('.') if !(t := s.trim()).is_empty()];
    let mut want = Vec::new();
    for s in text.split('.') {
        let t = s.trim();
        if !t.is_empty() {
            want.push(t);
        }
    }
    assert_eq!(sents, want);
    assert_eq!(sents.len(), 3);
    // Python: {i: len(s.split()) for i, s in enumerate(sents)}
    let lens = comp!({i: s.split_whitespace().count() for (i, s) in sents.iter().enumerate()});
    assert_eq!(lens, HashMap::from([(0, 3), (1, 2), (2, 2)]));
}

// Python: [w[:-1] if w.endswith("s") else w for w in tokens if w not in STOP]
#[test]
fn naive_stemming_and_frequencies() {
    let tokens = tokenize("The cats and the dogs chase a cat");
    let stems = comp![&w[..w.len() - 1] if w.ends_with('s') else w.as_str() for w in &tokens if !STOP.contains(&w.as_str())];
    assert_eq!(stems, vec!["cat", "dog", "chase", "cat"]);
    // Python: {w: stems.count(w) for w in stems}
    let freq = comp!({*w: stems.iter().filter(|s| *s == w).count() for w in &stems});
    assert_eq!(freq, HashMap::from([("cat", 2), ("dog", 1), ("chase", 1)]));
}

// Python: {n: [w for w in words if len(w) == n] for n in {len(w) for w in words}}
#[test]
fn word_length_buckets() {
    let words = vec!["a", "to", "be", "cat", "or", "dog", "i"];
    let buckets =
        comp!({n: [w for w in &words if w.len() == n] for n in {w.len() for w in &words}});
    assert_eq!(buckets.len(), 3);
    assert_eq!(buckets[&1], vec![&"a", &"i"]);
    assert_eq!(buckets[&2].len(), 3);
}

// Python: [w for w, s in sorted(scores.items(), key=lambda kv: -kv[1])[:3]]
#[test]
fn top_k_terms_and_inverse_vocab() {
    let scores: HashMap<String, f64> = [
        ("neural", 0.9),
        ("the", 0.01),
        ("network", 0.7),
        ("model", 0.8),
        ("a", 0.02),
    ]
    .iter()
    .map(|(w, s)| (w.to_string(), *s))
    .collect();
    let mut items = comp![(w.as_str(), s) for (w, &s) in &scores];
    items.sort_by(|a, b| b.1.total_cmp(&a.1));
    let top = comp![w for &(w, _) in &items[..3]];
    assert_eq!(top, vec!["neural", "model", "network"]);

    // Python: {v: k for k, v in word2idx.items()}
    let w2i: HashMap<String, usize> = [("x", 0), ("y", 1)]
        .iter()
        .map(|(w, i)| (w.to_string(), *i))
        .collect();
    let i2w = comp!({v: k for (k, v) in &w2i});
    assert_eq!(i2w[&1], "y");
    assert_eq!(i2w.len(), 2);
}

// Python: [[float(v) for v in line.split(",")] for line in csv.splitlines()]   (raises ValueError)
#[test]
fn parse_feature_csv_all_or_nothing() {
    let csv = "1.0, 2.5, 0\n3.0, 4.5, 1\n";
    let rows = comp![[v.trim().parse::<f64>()? for v in line.split(',')]? for line in csv.lines()];
    let rows = rows.unwrap();
    assert_eq!(rows, vec![vec![1.0, 2.5, 0.0], vec![3.0, 4.5, 1.0]]);
    // Python: [int(row[-1]) for row in rows]
    let labels = comp![*row.last().unwrap() as usize for row in &rows];
    assert_eq!(labels, vec![0, 1]);
    let bad = "1.0, x\n";
    let r = comp![[v.trim().parse::<f64>()? for v in line.split(',')]? for line in bad.lines()];
    assert!(r.is_err());
}

// Python: max(len(w) for w in tokens); list(int(s) for s in raw)
#[test]
fn lazy_generators_over_tokens() {
    let tokens = tokenize("tokenization is fun");
    let longest = comp!((w.len() for w in &tokens)).max();
    assert_eq!(longest, Some(12));
    let raw = vec!["3", "14", "x", "15"];
    let parsed: Vec<Result<usize, _>> = comp!((s.parse::<usize>()? for s in &raw)).collect();
    assert_eq!(parsed.len(), 3);
    assert_eq!(parsed[1], Ok(14));
    assert!(parsed[2].is_err());
}

// ---------------------------------------------------------------- async loaders

#[derive(Debug, Clone, PartialEq)]
struct LoadError {
    shard: usize,
}

fn shard_docs(i: usize) -> Vec<String> {
    (0..=i % 3)
        .map(|j| format!("shard{i} doc{j} tokens here"))
        .collect()
}

async fn load_shard(i: usize) -> Vec<String> {
    tokio::time::sleep(Duration::from_millis(((i * 7) % 5) as u64 * 10 + 1)).await;
    shard_docs(i)
}

async fn load_shard_slow_first(i: usize, n: usize) -> usize {
    tokio::time::sleep(Duration::from_millis(((n - i) * 10) as u64)).await;
    i
}

async fn load_checked(i: usize, bad: &[usize]) -> Result<Vec<String>, LoadError> {
    tokio::time::sleep(Duration::from_millis(5)).await;
    if bad.contains(&i) {
        Err(LoadError { shard: i })
    } else {
        Ok(shard_docs(i))
    }
}

// Python: shards = [await load_shard(i) for i in range(4)]
#[tokio::test(start_paused = true)]
async fn async_sequential_shards() {
    let shards = acomp![load_shard(i).await for i in 0..4];
    let shards2 = acomp![await load_shard(i) for i in 0..4];
    let mut want = Vec::new();
    for i in 0..4 {
        want.push(shard_docs(i));
    }
    assert_eq!(shards, want);
    assert_eq!(shards2, want);
}

// Python: shards = await asyncio.gather(*[load_shard(i) for i in range(8)])
#[tokio::test(start_paused = true)]
async fn async_gather_shards_bounded() {
    let start = tokio::time::Instant::now();
    let shards = acomp![load_shard(i).await for i in 0..8; concurrency = 3];
    let elapsed = start.elapsed();
    let mut want = Vec::new();
    let mut sequential = Duration::ZERO;
    for i in 0..8 {
        want.push(shard_docs(i));
        sequential += Duration::from_millis(((i * 7) % 5) as u64 * 10 + 1);
    }
    assert_eq!(shards, want);
    assert!(elapsed < sequential, "{elapsed:?} vs {sequential:?}");
}

// Python: [await t for t in asyncio.as_completed([load(i) for i in range(5)])]
#[tokio::test(start_paused = true)]
async fn async_unordered_completion_order() {
    let n = 5;
    let done = acomp![load_shard_slow_first(i, n).await for i in 0..n; concurrency = n, unordered];
    let mut want: Vec<usize> = (0..n).collect();
    want.reverse();
    assert_eq!(done, want);
}

// Python: [await load_checked(i) for i in range(4)]   (raises LoadError)
#[tokio::test(start_paused = true)]
async fn async_loader_errors_propagate() {
    let bad = vec![2];
    let r = acomp![load_checked(i, &bad).await? for i in 0..4];
    assert_eq!(r, Err(LoadError { shard: 2 }));
    let ok = acomp![load_checked(i, &[]).await? for i in 0..4];
    assert_eq!(ok.unwrap().len(), 4);
    // Python: await asyncio.gather(*[load_checked(i) for i in range(6)])   (first exception)
    let bad = vec![4];
    let r = acomp![load_checked(i, &bad).await? for i in 0..6; concurrency = 2];
    assert_eq!(r, Err(LoadError { shard: 4 }));
}

// Python: [s for i in range(6) if (s := await try_load(i)) is not None]
#[tokio::test(start_paused = true)]
async fn async_skip_failing_shards() {
    let bad = vec![1, 4];
    let loaded = acomp![s for i in 0..6 if let Ok(s) = load_checked(i, &bad).await];
    let mut want = Vec::new();
    for i in 0..6 {
        if !bad.contains(&i) {
            want.push(shard_docs(i));
        }
    }
    assert_eq!(loaded, want);
    // Python: [i for i in range(6) if isinstance(await try_load(i), Exception)]
    let failed = acomp![i for i in 0..6 if load_checked(i, &bad).await.is_err()];
    assert_eq!(failed, bad);
}

// Python: [len(batch) async for batch in loader if batch]
#[tokio::test]
async fn async_for_over_batch_stream() {
    let batches: Vec<Vec<u32>> = vec![vec![1, 2, 3], vec![], vec![4, 5], vec![6]];
    let sizes =
        acomp![batch.len() async for batch in stream::iter(batches.clone()) if !batch.is_empty()];
    assert_eq!(sizes, vec![3, 2, 1]);
    // Python: [ex async for batch in loader for ex in batch]
    let flat = acomp![ex async for batch in stream::iter(batches.clone()) for ex in batch];
    assert_eq!(flat, vec![1, 2, 3, 4, 5, 6]);
    // Python: [tok async for shard in shards async for tok in shard]
    let nested = acomp![tok async for shard in stream::iter(vec![stream::iter(vec![1, 2]), stream::iter(vec![3])]) async for tok in shard];
    assert_eq!(nested, vec![1, 2, 3]);
}

// Python: {i: len(await load_shard(i)) for i in range(4)}
#[tokio::test(start_paused = true)]
async fn async_dict_and_set_from_shards() {
    let sizes = acomp!({i: load_shard(i).await.len() for i in 0..4});
    let sizes2 = acomp!({i: load_shard(i).await.len() for i in 0..4; concurrency = 2});
    let mut want = HashMap::new();
    for i in 0..4 {
        want.insert(i, shard_docs(i).len());
    }
    assert_eq!(sizes, want);
    assert_eq!(sizes2, want);
    // Python: {w for i in range(3) for doc in await load_shard(i) for w in doc.split()}
    let vocab = acomp!({w.to_string() for i in 0..3 for doc in load_shard(i).await for w in doc.split_whitespace()});
    let mut wv = HashSet::new();
    for i in 0..3 {
        for doc in shard_docs(i) {
            for w in doc.split_whitespace() {
                wv.insert(w.to_string());
            }
        }
    }
    assert_eq!(vocab, wv);
}

// Python: async for shard in prefetching_loader(range(6), prefetch=2)
#[tokio::test(start_paused = true)]
async fn async_lazy_prefetching_loader() {
    let loader = acomp!((load_shard(i).await for i in 0..6); concurrency = 2);
    let got: Vec<Vec<String>> = loader.collect().await;
    let want: Vec<Vec<String>> = (0..6).map(shard_docs).collect();
    assert_eq!(got, want);
    // Python: (len(tokenize(d)) async for d in docs)
    let docs: Vec<String> = CORPUS.iter().map(|s| s.to_string()).collect();
    let lens = acomp!((tokenize(&d).len() async for d in stream::iter(docs.clone())));
    let lens: Vec<usize> = lens.collect().await;
    let mut want_lens = Vec::new();
    for d in &docs {
        want_lens.push(tokenize(d).len());
    }
    assert_eq!(lens, want_lens);
    assert_eq!(lens, vec![6, 6, 8, 6]);
}

async fn embed(w: &str) -> Vec<f64> {
    tokio::task::yield_now().await;
    let b = w.as_bytes();
    vec![
        b.len() as f64,
        b[0] as f64 / 100.0,
        (b[b.len() - 1] % 7) as f64,
    ]
}

async fn in_vocab(w: &str) -> bool {
    tokio::task::yield_now().await;
    w.len() > 2
}

// Python: [await embed(w) for w in tokens if await in_vocab(w)]
#[tokio::test]
async fn async_embeddings_with_awaiting_filter() {
    let tokens = vec!["a", "cat", "on", "mats"];
    let embs = acomp![await embed(w) for w in &tokens if await in_vocab(w)];
    assert_eq!(embs.len(), 2);
    assert_eq!(embs[0][0], 3.0);
    assert_eq!(embs[1][0], 4.0);
    // Python: [cosine(await embed(a), await embed(b)) for a, b in pairs]
    let pairs = vec![("cat", "cat"), ("cat", "mats")];
    let sims = acomp![cosine(&embed(a).await, &embed(b).await) for &(a, b) in &pairs];
    assert!(approx(sims[0], 1.0));
    let e1 = vec![3.0, 0.99, (b't' % 7) as f64];
    let e2 = vec![4.0, 1.09, (b's' % 7) as f64];
    assert!(approx(sims[1], cosine_by_hand(&e1, &e2)));
}

// Python: [sum(len(tokenize(d)) for d in await load_checked(i)) for i in range(4)]
#[tokio::test(start_paused = true)]
async fn async_token_counts_with_let_and_concurrency() {
    let counts = acomp![(tokenize(d).len() for d in &docs).sum::<usize>() for i in 0..4 let docs = load_checked(i, &[]).await?; concurrency = 2];
    let mut want = Vec::new();
    for i in 0..4 {
        let mut s = 0;
        for d in shard_docs(i) {
            s += tokenize(&d).len();
        }
        want.push(s);
    }
    assert_eq!(counts, Ok(want));
    let err =
        acomp![docs.len() for i in 0..4 let docs = load_checked(i, &[3]).await?; concurrency = 2];
    assert_eq!(err, Err(LoadError { shard: 3 }));
}

async fn train_step(batch: &[f64]) -> f64 {
    tokio::time::sleep(Duration::from_millis(batch.len() as u64)).await;
    batch.iter().sum::<f64>() / batch.len() as f64
}

// Python: [await train_step(b) for b in chunked(data, 3)]
#[tokio::test(start_paused = true)]
async fn async_minibatch_training_steps() {
    let data: Vec<f64> = (1..=8).map(f64::from).collect();
    let losses = acomp![train_step(b).await for b in data.chunks(3)];
    assert_eq!(losses, vec![2.0, 5.0, 7.5]);
    let mut any = acomp![train_step(b).await for b in data.chunks(3); concurrency = 4, unordered];
    assert_eq!(any[0], 7.5); // the short last batch finishes first
    any.sort_by(f64::total_cmp);
    assert_eq!(any, losses);
}

async fn keep(label: &str) -> bool {
    tokio::task::yield_now().await;
    label != "neu"
}

// Python: {label async for _, label in examples}
#[tokio::test]
async fn async_labels_from_example_stream() {
    let examples = vec![
        ("good film", "pos"),
        ("bad plot", "neg"),
        ("meh", "neu"),
        ("great", "pos"),
    ];
    let labels = acomp!({label async for (_, label) in stream::iter(examples.clone())});
    assert_eq!(labels, HashSet::from(["pos", "neg", "neu"]));
    // Python: {text: label async for text, label in examples}
    let by_text = acomp!({text: label async for (text, label) in stream::iter(examples.clone())});
    assert_eq!(by_text["meh"], "neu");
    assert_eq!(by_text.len(), 4);
    // Python: [text async for text, label in examples if await keep(label)]
    let kept =
        acomp![text async for (text, label) in stream::iter(examples.clone()) if keep(label).await];
    assert_eq!(kept, vec!["good film", "bad plot", "great"]);
}

// ---------------------------------------------------------------- more

// Python: cooc = {(a, b): sum(1 for d in docs if a in d and b in d) for a in vocab for b in vocab if a < b}
#[test]
fn cooccurrence_counts_with_tuple_keys() {
    let docs = corpus_docs();
    let vocab = vec![
        "cat".to_string(),
        "mat".to_string(),
        "log".to_string(),
        "sat".to_string(),
    ];
    let cooc = comp!({(a.as_str(), b.as_str()): Iterator::sum::<usize>(1 for d in &docs if d.contains(a) && d.contains(b)) for a in &vocab for b in &vocab if a < b});
    let mut want = HashMap::new();
    for a in &vocab {
        for b in &vocab {
            if a < b {
                let c = docs
                    .iter()
                    .filter(|d| d.contains(a) && d.contains(b))
                    .count();
                want.insert((a.as_str(), b.as_str()), c);
            }
        }
    }
    assert_eq!(cooc, want);
    assert_eq!(cooc[&("cat", "mat")], 1);
    assert_eq!(cooc.len(), 6);
    // Python: {pair: c for pair, c in cooc.items() if c >= 2}
    let strong = comp!({pair: c for (&pair, &c) in &cooc if c >= 2});
    let mut want_strong = HashMap::new();
    for (pair, c) in &want {
        if *c >= 2 {
            want_strong.insert(*pair, *c);
        }
    }
    assert_eq!(strong, want_strong);
}

// Python: def batches(data, bs): return (data[i:i + bs] for i in range(0, len(data), bs))
fn batches(data: Vec<f64>, bs: usize) -> impl Iterator<Item = Vec<f64>> {
    comp!(move (data[i..(i + bs).min(data.len())].to_vec() for i in (0..data.len()).step_by(bs)))
}

// Python: list(batches(data, 3)); [sum(b) for b in batches(data, 2)]
#[test]
fn generator_function_returning_batches() {
    let data: Vec<f64> = (0..7).map(f64::from).collect();
    let got: Vec<Vec<f64>> = batches(data.clone(), 3).collect();
    let want: Vec<Vec<f64>> = data.chunks(3).map(<[f64]>::to_vec).collect();
    assert_eq!(got, want);
    // Python: [sum(b) for b in batches(data, 2)]
    let sums = comp![b.iter().sum::<f64>() for b in batches(data.clone(), 2)];
    assert_eq!(sums, vec![1.0, 5.0, 9.0, 6.0]);
}

// Python: sum(1 for doc in docs for w in tokenize(doc) if w not in STOP)
#[test]
fn lazy_flatten_over_owned_tokens() {
    let n =
        comp!((w for doc in CORPUS for w in tokenize(doc) if !STOP.contains(&w.as_str()))).count();
    let mut want = 0;
    for doc in CORPUS {
        for w in tokenize(doc) {
            if !STOP.contains(&w.as_str()) {
                want += 1;
            }
        }
    }
    assert_eq!(n, want);
    // Python: collections.Counter(c for w in words for c in w.lower())
    let words: Vec<String> = vec!["Hello".into(), "World".into()];
    let mut counter: HashMap<char, usize> = HashMap::new();
    for c in comp!((c for w in &words for c in w.to_lowercase().chars())) {
        *counter.entry(c).or_default() += 1;
    }
    assert_eq!(counter[&'l'], 3);
    assert_eq!(counter[&'o'], 2);
    assert_eq!(counter.values().sum::<usize>(), 10);
    // Python: max(len(t) for line in text.splitlines() for t in line.split())
    let text = "short words\nand a considerably longer one";
    let longest = comp!((t.len() for line in text.lines() for t in line.split_whitespace())).max();
    assert_eq!(longest, Some("considerably".len()));
}

// Python: async def shards(): for i in range(6): yield await load_checked(i)   (stops at the first error)
#[tokio::test(start_paused = true)]
async fn async_lazy_loader_with_errors() {
    let bad = vec![3];
    let items: Vec<Result<Vec<String>, LoadError>> =
        acomp!((load_checked(i, &bad).await? for i in 0..6); concurrency = 2)
            .collect()
            .await;
    assert_eq!(items.len(), 4);
    assert_eq!(items[0], Ok(shard_docs(0)));
    assert_eq!(items[3], Err(LoadError { shard: 3 }));
    // Python: async for shard in loader: first = shard; break
    let mut s = acomp!((load_shard(i).await for i in 0..6));
    let first = s.next().await;
    assert_eq!(first, Some(shard_docs(0)));
}

async fn load_part(shard: usize, part: usize) -> String {
    tokio::time::sleep(Duration::from_millis(((shard + part) % 3) as u64)).await;
    format!("s{shard}p{part}")
}

// Python: await asyncio.gather(*[load_part(s, p) for s in range(3) for p in range(parts[s])])
#[tokio::test(start_paused = true)]
async fn async_nested_parts_shared_outer_variable() {
    let parts = vec![2, 1, 3];
    let fast = true;
    let got = acomp![load_part(s, p).await for s in 0..3 for p in 0..parts[s]; concurrency = 4 if fast else 1];
    let mut want = Vec::new();
    for s in 0..3 {
        for p in 0..parts[s] {
            want.push(format!("s{s}p{p}"));
        }
    }
    assert_eq!(got, want);
    // Python: {name: [await load_part(i, p) for p in range(2)] for i, name in enumerate(names)}
    let names = vec!["train", "valid"];
    let splits = acomp!({*name: [load_part(i, p).await for p in 0..2] for (i, name) in names.iter().enumerate()});
    assert_eq!(
        splits["valid"],
        vec!["s1p0".to_string(), "s1p1".to_string()]
    );
    // Python: [(doc, len(await load_part(i, 0))) async for i, doc in docs]
    let mut src = stream::iter(vec![(0usize, "a"), (1, "b")]);
    let lens = acomp![(doc, load_part(i, 0).await.len()) async for (i, doc) in &mut src];
    assert_eq!(lens, vec![("a", 4), ("b", 4)]);
}

// Python: pmi = {(a, b): math.log(p_ab / (p[a] * p[b])) for (a, b), p_ab in joint.items() if p_ab > 0}
#[test]
fn pointwise_mutual_information() {
    let p: HashMap<&str, f64> = HashMap::from([("new", 0.5), ("york", 0.25), ("cat", 0.25)]);
    let joint: HashMap<(&str, &str), f64> = HashMap::from([
        (("new", "york"), 0.2),
        (("new", "cat"), 0.0),
        (("york", "cat"), 0.05),
    ]);
    let pmi =
        comp!({(a, b): (p_ab / (p[a] * p[b])).ln() for (&(a, b), &p_ab) in &joint if p_ab > 0.0});
    assert_eq!(pmi.len(), 2);
    assert!(approx(pmi[&("new", "york")], (0.2f64 / 0.125).ln()));
    assert!(pmi[&("york", "cat")] < 0.0);
}
