//! mistake: Python's `zip(a, a[1:])` for adjacent differences, with the slice written `a[1:]`
//! offending: [1:]
//! category: syntax
fn main() {
    let a = vec![1, 4, 9, 16];
    let diffs = a.iter().zip(&a[1:]).map(|(x, y)| y - x).collect::<Vec<_>>();
    println!("{diffs:?}");
}
