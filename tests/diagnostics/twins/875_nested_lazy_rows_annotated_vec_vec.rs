//! mistake: the inner map is left as an iterator where a `Vec` was meant, in a `Vec<Vec<i32>>`
//! offending: base.iter().map(move |x| x * k)
//! category: type
fn main() {
    let base = vec![1, 2, 3];
    let factors = vec![1, 10, 100];
    let table: Vec<Vec<i32>> = factors.iter().map(|k| base.iter().map(move |x| x * k)).collect();
    println!("{table:?}");
}
