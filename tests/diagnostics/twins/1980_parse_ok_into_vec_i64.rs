//! mistake: translated `int(tok)` as `tok.parse::<i64>().ok()`, an `Option<i64>`, into a `Vec<i64>`
//! offending: tok.parse::<i64>().ok()
//! category: type
fn main() {
    let text = "12 7 -3 x 40";
    let mut nums: Vec<i64> = Vec::new();
    for tok in text.split_whitespace() {
        nums.push(tok.parse::<i64>().ok());
    }
    println!("{nums:?}");
}
