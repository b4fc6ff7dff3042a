//! mistake: `itertools.product(range(3), range(3))` imitated by iterating a tuple of two ranges
//! offending: (0..3, 0..3)
//! category: python-habit
fn main() {
    let mut table = Vec::new();
    for (a, b) in (0..3, 0..3) {
        table.push(a * b);
    }
    println!("{table:?}");
}
