//! mistake: returning a lazy comprehension over a Vec local to the function
//! offending: &scores
//! category: ownership
use comprehensions::comp;

fn passing() -> impl Iterator<Item = u32> {
    let scores = vec![40, 75, 90];
    comp!(move (*s for s in &scores if *s >= 50))
}

fn main() {
    let n = passing().count();
    println!("{n}");
}
