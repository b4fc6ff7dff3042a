//! mistake: an iterator is counted and then iterated again
//! offending: evens
//! category: ownership
fn main() {
    let ids = vec![4_u64, 7, 10, 12];
    let evens = ids.iter().filter(|i| *i % 2 == 0);
    let n = evens.count();
    for e in evens {
        println!("{e} of {n}");
    }
}
