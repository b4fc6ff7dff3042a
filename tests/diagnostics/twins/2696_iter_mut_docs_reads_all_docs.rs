//! mistake: read the whole `docs` (for the average length) while iterating it with `iter_mut()`
//! offending: avg_len(&docs)
//! category: ownership

struct Doc {
    len: usize,
    norm: f64,
}

fn avg_len(docs: &[Doc]) -> f64 {
    docs.iter().map(|d| d.len as f64).sum::<f64>() / docs.len() as f64
}

fn set_norm(d: &mut Doc, avg: f64) -> f64 {
    d.norm = d.len as f64 / avg;
    d.norm
}

fn main() {
    let mut docs = vec![Doc { len: 120, norm: 0.0 }, Doc { len: 40, norm: 0.0 }];
    let mut norms: Vec<f64> = Vec::new();
    for d in docs.iter_mut() {
        norms.push(set_norm(d, avg_len(&docs)));
    }
    println!("{norms:?}");
}
