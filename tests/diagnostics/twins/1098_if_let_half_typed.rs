//! mistake: an `if let` clause being typed, nothing after its `=`
//! offending: = {
//! category: syntax
fn main() {
    let raw = vec!["1", "x", "3"];
    let mut nums: Vec<i32> = Vec::new();
    for s in &raw {
        if let Ok(n) = {
            nums.push(n);
        }
    }
    println!("{nums:?}");
}
