//! mistake: collects the indices of a range bounded by an `i32` count into a `Vec<usize>`
//! offending: i
//! category: type
use comprehensions::comp;

fn main() {
    let n: i32 = "5".parse().unwrap();
    let data = vec![10, 20, 30, 40, 50, 60];
    let idx: Vec<usize> = comp![i for i in 0..n if i % 2 == 0];
    println!("{:?}", comp![data[i] for i in idx]);
}
