//! mistake: a leftover Python block colon after `else` in a conditional element, `a if c else: b`
//! offending: else:
//! category: python-habit
use comprehensions::comp;

fn main() {
    let stock = vec![4, -1, 0, 9];
    // Python (from an if/else block): if q > 0: ... else: 0
    let clamped = comp![q if q > 0 else: 0 for &q in &stock];
    println!("{clamped:?}");
}
