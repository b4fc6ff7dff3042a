//! mistake: called Python's builtin `enumerate(..)` instead of the iterator method `.enumerate()`
//! offending: enumerate(
//! category: python-habit
fn main() {
    let seq = String::from("ACGTNNACGTTN");
    let masked: Vec<usize> = enumerate(seq.chars()).filter(|(_, b)| *b == 'N').map(|(i, _)| i).collect();
    println!("{masked:?}");
}
