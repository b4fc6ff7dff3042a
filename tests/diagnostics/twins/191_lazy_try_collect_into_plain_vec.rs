//! mistake: collecting an iterator of `Result`s into a plain `Vec<i32>` (hand-written)
fn main() {
    let fields = vec!["1", "2", "x"];
    let nums = fields.iter().map(|f| f.parse::<i32>()).collect::<Vec<i32>>();
    println!("{nums:?}");
}
