//! mistake: Python's `if x - 1 >= 0` guard on a `usize`, always true (the subtraction underflows instead)
//! offending: x - 1 >= 0
//! category: lint
fn main() {
    let xs: Vec<usize> = vec![0, 3, 7];
    let shifted = xs.iter().filter(|&&x| x - 1 >= 0).map(|&x| x - 1).collect::<Vec<_>>();
    println!("{shifted:?}");
}
