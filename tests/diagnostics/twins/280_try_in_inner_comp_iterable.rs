//! mistake: iterating a `Result<Vec<i32>, _>` expecting the error to propagate (hand-written)
fn main() {
    let parts = vec!["3", "4", "x"];
    let mut squares: Vec<i32> = Vec::new();
    for x in parts.iter().map(|s| s.parse::<i32>()).collect::<Result<Vec<i32>, _>>() {
        squares.push(x);
    }
    println!("{squares:?}");
}
