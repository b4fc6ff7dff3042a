//! mistake: Python's `sum(a[i:i + k])` sliding window as `.sum()` called on the slice itself (a slice is not an iterator)
//! offending: sum()
//! category: type
fn main() {
    let a: Vec<i32> = vec![1, 2, 3, 4, 5];
    let k = 3;
    let sums = (0..a.len() - k + 1).map(|i| a[i..i + k].sum()).collect::<Vec<_>>();
    println!("{sums:?}");
}
