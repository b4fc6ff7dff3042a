//! mistake: a generator borrowed as `&gen` where the function takes a slice `&[f64]`, as Python's `mean()` takes any iterable
//! offending: &comp!((r.ms for r in &reqs))
//! category: type
use comprehensions::comp;

struct Req {
    ms: f64,
}

fn mean(xs: &[f64]) -> f64 {
    xs.iter().sum::<f64>() / xs.len() as f64
}

fn main() {
    let reqs = vec![Req { ms: 12.0 }, Req { ms: 30.5 }];
    println!("{:.1}", mean(&comp!((r.ms for r in &reqs))));
}
