//! mistake: Python's s.upper() in a comprehension inside a closure
//! offending: upper
//! category: python-habit
fn main() {
    let shout = |words: &[&str]| words.iter().map(|w| w.upper()).collect::<Vec<_>>();
    println!("{:?}", shout(&["hey", "you"]));
}
