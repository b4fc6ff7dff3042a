//! mistake: a `let` clause with a refutable `Ok(n)` pattern, meant to skip the failures (needs `if let`)
//! offending: Ok(n)
//! category: type
fn main() {
    let raw = vec!["1", "x", "3"];
    let mut nums = Vec::new();
    for s in &raw {
        let Ok(n) = s.parse::<i32>();
        nums.push(n * 10);
    }
    println!("{nums:?}");
}
