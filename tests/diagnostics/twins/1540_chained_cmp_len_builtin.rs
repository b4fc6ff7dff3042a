//! mistake: Python's `0 <= i < len(xs)` bounds check with the `len` builtin
//! offending: len
//! category: python-habit
fn main() {
    let xs = vec![10, 20, 30];
    let idx: Vec<i64> = vec![0, 2, 5];
    let picked: Vec<i32> = idx.into_iter().filter(|&i| 0 <= i && i < len(xs)).map(|i| xs[i as usize]).collect();
    println!("{picked:?}");
}
