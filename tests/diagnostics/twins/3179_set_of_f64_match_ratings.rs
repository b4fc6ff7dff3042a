//! mistake: built a set of `f64` player ratings, which are not `Hash`/`Eq`
//! offending: p.rating
//! category: type
use std::collections::HashSet;

struct Player {
    name: &'static str,
    rating: f64,
}

fn main() {
    let squad = vec![Player { name: "Palmer", rating: 8.1 }, Player { name: "Enzo", rating: 7.2 }];
    let mut distinct = HashSet::new();
    for p in &squad {
        distinct.insert(p.rating);
    }
    println!("{} distinct ratings among {}", distinct.len(), squad[0].name);
}
