//! mistake: `for i, x in xs` without `.enumerate()`, expecting an index as Python's `enumerate` gives (hand-written)
//! offending: (i, x)
fn main() {
    let xs = vec![10, 20, 30];
    let mut weighted = Vec::new();
    for (i, x) in xs {
        weighted.push(i * x);
    }
    println!("{weighted:?}");
}
