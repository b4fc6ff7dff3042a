//! mistake: built a set of `f64` player ratings, which are not `Hash`/`Eq`
//! offending: p.rating
//! category: type
use comprehensions::comp;

struct Player {
    name: &'static str,
    rating: f64,
}

fn main() {
    let squad = vec![Player { name: "Palmer", rating: 8.1 }, Player { name: "Enzo", rating: 7.2 }];
    let distinct = comp!({p.rating for p in &squad});
    println!("{} distinct ratings among {}", distinct.len(), squad[0].name);
}
