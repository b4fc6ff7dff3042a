//! mistake: a nested list comprehension where Python code would `"".join(..)` it into a string
//! offending: [c for c in w.chars() if c.is_alphanumeric()]
//! category: type
use comprehensions::comp;

fn main() {
    let words = vec!["he!llo", "wo,rld"];
    let cleaned: Vec<String> = comp![[c for c in w.chars() if c.is_alphanumeric()] for w in &words];
    println!("{cleaned:?}");
}
