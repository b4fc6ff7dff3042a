//! mistake: Python's `[lambda x: x * k for k in ..]`: closures borrowing the loop variable (hand-written)
fn main() {
    let mut multipliers = Vec::new();
    for k in 1..4 {
        multipliers.push(|x: i32| x * k);
    }
    let results: Vec<i32> = multipliers.iter().map(|f| f(10)).collect();
    println!("{results:?}");
}
