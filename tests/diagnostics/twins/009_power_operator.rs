//! mistake: Python's `**` for exponentiation (hand-written)
fn main() {
    let sides = vec![3, 4, 5];
    let areas: Vec<i32> = sides.into_iter().map(|s| s ** 2).collect();
    println!("{areas:?}");
}
