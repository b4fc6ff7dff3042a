//! mistake: a hand-made `Counter` whose filter compares `r: &&i32` with `v: &i32` (Python: `{v: rolls.count(v) for v in rolls}`)
//! offending: r == v
//! category: type
use comprehensions::comp;

fn main() {
    let rolls: Vec<i32> = vec![3, 6, 2, 6, 6, 1, 3];
    let freq = comp!({v: rolls.iter().filter(|r| r == v).count() for v in &rolls});
    println!("{freq:?}");
}
