//! mistake: `if let` used to destructure a tuple that always matches (a `let` clause is meant)
//! offending: if let (lo, hi) = bounds
//! category: lint

fn main() {
    let ranges = vec![(1u32, 5u32), (10, 12), (7, 7)];
    let mut widths = Vec::new();
    for bounds in &ranges {
        if let (lo, hi) = bounds {
            widths.push(hi - lo);
        }
    }
    println!("{widths:?}");
}
