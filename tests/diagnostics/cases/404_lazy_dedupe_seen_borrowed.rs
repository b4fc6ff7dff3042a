//! mistake: reading `seen` while a lazy form that inserts into it is still alive
//! offending: seen.len()
//! category: ownership
use comprehensions::comp;
use std::collections::HashSet;

fn main() {
    let ids: Vec<u32> = vec![3, 1, 3, 2, 1];
    let mut seen = HashSet::new();
    // Python: uniq = (x for x in ids if not (x in seen or seen.add(x)))
    let uniq = comp!((x for x in ids.iter().copied() if seen.insert(x)));
    println!("seen so far: {}", seen.len());
    let v: Vec<u32> = uniq.collect();
    println!("{:?}", v);
}
