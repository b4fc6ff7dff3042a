//! mistake: pairs of neighbours from `a.windows(2)` destructured as a tuple `(x, y)`, as Python's `zip(a, a[1:])` yields tuples (windows are slices)
//! offending: (x, y)
//! category: type
fn main() {
    let a: Vec<i32> = vec![1, 4, 9, 16];
    let diffs = a.windows(2).map(|(x, y)| y - x).collect::<Vec<_>>();
    println!("{diffs:?}");
}
