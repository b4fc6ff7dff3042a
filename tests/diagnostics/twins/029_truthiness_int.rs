//! mistake: Python truthiness: `if x % 2` as a condition on an integer (hand-written)
fn main() {
    let xs = 0..10;
    let odd: Vec<i32> = xs.filter(|x| x % 2).collect();
    println!("{odd:?}");
}
