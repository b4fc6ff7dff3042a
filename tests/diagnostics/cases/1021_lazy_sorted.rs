//! mistake: a lazy form is sorted in place, as Python's `sorted(gen)` would take it
//! offending: sort
//! category: type
use comprehensions::comp;

fn main() {
    let scores = vec![("ana", 71), ("bo", 93), ("cy", 85)];
    let mut ranked = comp!((s for (_, s) in &scores if *s > 70));
    ranked.sort();
    println!("{:?}", ranked.collect::<Vec<_>>());
}
