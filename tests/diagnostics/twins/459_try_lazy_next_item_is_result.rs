//! mistake: takes the first item of a map over `parse` and multiplies it, but the items are `Result`s
//! offending: first * 2
//! category: try
fn main() {
    let fields = vec!["21", "x", "7"];
    let first = fields.iter().map(|s| s.parse::<i32>()).next().unwrap();
    let doubled = first * 2;
    println!("{doubled}");
}
