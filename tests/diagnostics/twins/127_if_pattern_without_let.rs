//! mistake: `if Some(n) = ..` without `let` in a filter (hand-written)
fn main() {
    let tokens = ["12", "x", "7"];
    let mut numbers = Vec::new();
    for s in tokens {
        if Some(n) = s.parse::<i32>().ok() {
            numbers.push(n);
        }
    }
    println!("{numbers:?}");
}
