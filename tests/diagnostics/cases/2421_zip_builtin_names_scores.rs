//! mistake: paired names with scores using Python's builtin `zip(..)` without importing it
//! offending: zip
//! category: python-habit
use comprehensions::comp;

fn main() {
    let names = vec!["Hana", "Ivo", "Jae"];
    let midterm = vec![81u32, 67, 94];
    let passing = comp![name for (name, score) in zip(&names, &midterm) if *score >= 70];
    println!("{passing:?}");
}
