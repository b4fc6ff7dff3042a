//! mistake: calls `p.clamp(0.0, 1.0);` as if it clipped in place (numpy: `np.clip(p, 0, 1, out=p)`), discarding the result
//! offending: p.clamp(0.0, 1.0)
//! category: lint
use comprehensions::comp;

fn main() {
    let raw: Vec<f64> = vec![-0.2, 0.4, 1.3];
    let probs: Vec<f64> = comp![{ let p = *x; p.clamp(0.0, 1.0); p } for x in &raw];
    println!("{probs:?}");
}
