//! mistake: decremented each bin's stock in the element while iterating the bins by shared reference
//! offending: b.on_hand -= 1
//! category: ownership
use comprehensions::comp;

struct Bin {
    location: &'static str,
    on_hand: u32,
}

fn main() {
    let mut bins = vec![Bin { location: "A-01", on_hand: 5 }, Bin { location: "B-07", on_hand: 1 }];
    let picked = comp![{ b.on_hand -= 1; b.location } for b in &bins if b.on_hand > 0];
    println!("{picked:?} {}", bins.len());
    bins.clear();
}
