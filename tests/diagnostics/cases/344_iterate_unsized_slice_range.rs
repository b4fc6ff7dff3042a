//! mistake: Python's `rows[1:]` (skip the CSV header) as `rows[1..]` without `&`, iterating an unsized slice
//! offending: rows[1..]
//! category: type
use comprehensions::comp;

fn main() {
    let rows = vec!["name,age", "ann,31", "bob,27"];
    // Python: names = [r.split(",")[0] for r in rows[1:]]
    let names = comp![r.split(',').next().unwrap() for r in rows[1..]];
    println!("{names:?}");
}
