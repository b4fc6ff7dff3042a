//! mistake: iterating the `Result` of `parse` (zero or one item) (hand-written)
fn main() {
    let line = "10 20 30";
    let mut nums = Vec::new();
    for n in line.trim().parse::<i64>() {
        nums.push(n * 2);
    }
    println!("{nums:?}");
}
