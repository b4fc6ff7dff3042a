//! mistake: an iterator is sorted in place
//! offending: sort
//! category: type
fn main() {
    let scores = vec![("ana", 71), ("bo", 93), ("cy", 85)];
    let mut ranked = scores.iter().map(|(_, s)| s).filter(|s| **s > 70);
    ranked.sort();
    println!("{:?}", ranked.collect::<Vec<_>>());
}
