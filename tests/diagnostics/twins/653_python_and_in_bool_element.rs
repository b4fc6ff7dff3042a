//! mistake: writes a boolean element with Python's `and`
//! category: python-habit
fn main() {
    let (lo, hi) = (10, 20);
    let xs = vec![5, 12, 19, 25];
    let in_range: Vec<bool> = xs.iter().map(|&x| (lo <= x and x <= hi)).collect();
    println!("{in_range:?}");
}
