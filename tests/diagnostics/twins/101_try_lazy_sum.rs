//! mistake: summing a lazy comprehension whose `?` makes its items `Result`s (hand-written)
fn main() {
    let cells = ["4", "5", "x"];
    let total = cells.iter().map(|c| c.parse::<i32>()).sum::<i32>();
    println!("{total}");
}
