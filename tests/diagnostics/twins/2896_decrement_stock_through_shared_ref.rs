//! mistake: decremented each bin's stock in the element while iterating the bins by shared reference
//! offending: b.on_hand -= 1
//! category: ownership
struct Bin {
    location: &'static str,
    on_hand: u32,
}

fn main() {
    let mut bins = vec![Bin { location: "A-01", on_hand: 5 }, Bin { location: "B-07", on_hand: 1 }];
    let mut picked = Vec::new();
    for b in &bins {
        if b.on_hand > 0 {
            b.on_hand -= 1;
            picked.push(b.location);
        }
    }
    println!("{picked:?} {}", bins.len());
    bins.clear();
}
