//! mistake: `v if v >= 0 else None` with a plain integer in the other branch
//! offending: None
//! category: python-habit
use comprehensions::comp;

fn main() {
    let readings = vec![12, -1, 30, -1];
    let cleaned = comp![v if v >= 0 else None for v in readings];
    println!("{cleaned:?}");
}
