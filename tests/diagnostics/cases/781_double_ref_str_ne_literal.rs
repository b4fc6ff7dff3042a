//! mistake: comparing a &&str loop variable (iterating &Vec<&str>) with a &str literal
//! offending: w != "the"
//! category: type
use comprehensions::comp;

fn main() {
    let words = vec!["the", "cat", "sat"];
    let lengths = comp![w.len() for w in &words if w != "the"];
    println!("{lengths:?}");
}
