//! mistake: a generator of generators (rows of a multiplication table) whose inner generator uses the outer variable without `move`
//! offending: (c * r for c in 1..4)
//! category: ownership
use comprehensions::comp;

fn main() {
    let rows = comp!(((c * r for c in 1..4) for r in 1..4));
    for row in rows {
        let v: Vec<u32> = row.collect();
        println!("{v:?}");
    }
}
