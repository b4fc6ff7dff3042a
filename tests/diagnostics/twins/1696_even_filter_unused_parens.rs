//! mistake: Python/C-style parentheses around a filter condition
//! offending: (x % 2 == 0)
//! category: lint
fn main() {
    let mut evens = Vec::new();
    for x in 0..20 {
        if (x % 2 == 0) {
            evens.push(x * x);
        }
    }
    println!("{evens:?}");
}
