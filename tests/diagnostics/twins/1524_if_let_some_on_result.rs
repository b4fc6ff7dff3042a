//! mistake: `if let Some(n)` on `parse()`, which returns a `Result`
//! offending: Some(n)
//! category: type
fn main() {
    let raw = vec!["4", "four", "16"];
    let mut nums = Vec::new();
    for s in &raw {
        if let Some(n) = s.parse::<u32>() {
            nums.push(n);
        }
    }
    println!("{nums:?}");
}
