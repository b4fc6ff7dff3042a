//! mistake: compared the `&i32` that `zip(&scores)` yields with an integer literal, `s >= 50`
//! offending: s >= 50
//! category: type
fn main() {
    let names = vec!["ann", "bob", "cy"];
    let scores = vec![71, 45, 90];
    let mut passed: Vec<&str> = Vec::new();
    for (n, s) in names.into_iter().zip(&scores) {
        if s >= 50 {
            passed.push(n);
        }
    }
    println!("{passed:?}");
}
