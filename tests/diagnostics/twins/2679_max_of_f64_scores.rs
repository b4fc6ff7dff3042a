//! mistake: took `.max()` of `f64` BM25 scores, which are not `Ord`
//! offending: max()
//! category: type

struct DocStats {
    id: u32,
    len: usize,
    tf: u32,
}

fn bm25(tf: u32, len: usize, avg_len: f64) -> f64 {
    let (k1, b) = (1.2, 0.75);
    let tf = tf as f64;
    tf * (k1 + 1.0) / (tf + k1 * (1.0 - b + b * len as f64 / avg_len))
}

fn main() {
    let docs = vec![DocStats { id: 1, len: 120, tf: 3 }, DocStats { id: 2, len: 40, tf: 1 }];
    let avg_len = 80.0;
    let best = docs.iter().filter(|d| d.id != 0).map(|d| bm25(d.tf, d.len, avg_len)).max();
    println!("{best:?}");
}
