//! mistake: `names.reverse().iter().enumerate()` in a loop: `reverse` returns `()`
//! offending: .reverse().iter()
//! category: python-habit

fn main() {
    let mut names = vec!["ann", "bob", "cy"];
    let mut ranks = Vec::new();
    for (i, n) in names.reverse().iter().enumerate() {
        ranks.push(format!("{}. {}", i + 1, n));
    }
    println!("{ranks:?}");
}
