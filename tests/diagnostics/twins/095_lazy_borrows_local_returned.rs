//! mistake: returning a lazy comprehension over a Vec local to the function (hand-written)
//! offending: scores.iter()
fn passing() -> impl Iterator<Item = u32> {
    let scores = vec![40, 75, 90];
    scores.iter().filter(move |s| **s >= 50).copied()
}

fn main() {
    let n = passing().count();
    println!("{n}");
}
