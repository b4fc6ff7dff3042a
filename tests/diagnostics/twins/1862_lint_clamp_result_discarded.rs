//! mistake: calls `p.clamp(0.0, 1.0);` as if it clipped in place (numpy: `np.clip(p, 0, 1, out=p)`), discarding the result
//! offending: p.clamp(0.0, 1.0)
//! category: lint
fn main() {
    let raw: Vec<f64> = vec![-0.2, 0.4, 1.3];
    let probs: Vec<f64> = raw
        .iter()
        .map(|x| {
            let p = *x;
            p.clamp(0.0, 1.0);
            p
        })
        .collect();
    println!("{probs:?}");
}
