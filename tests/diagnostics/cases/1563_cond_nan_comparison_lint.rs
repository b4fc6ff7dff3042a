//! mistake: a conditional element replacing NaN readings with `r == f64::NAN`, which is never true
//! offending: r == f64::NAN
//! category: lint
use comprehensions::comp;

fn main() {
    let readings = vec![1.0, f64::NAN, 3.0];
    let cleaned = comp![0.0 if r == f64::NAN else r for r in readings];
    println!("{cleaned:?}");
}
