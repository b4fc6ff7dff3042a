//! mistake: iterated each borrowed agent's `listings` field by value in the inner `for`
//! offending: a.listings
//! category: ownership
struct Listing {
    mls: String,
    price: u64,
}

struct Agent {
    name: String,
    listings: Vec<Listing>,
}

fn main() {
    let agents = vec![
        Agent { name: "Maria".into(), listings: vec![Listing { mls: "MN-1".into(), price: 330_000 }] },
        Agent { name: "Dev".into(), listings: vec![Listing { mls: "MN-2".into(), price: 725_000 }] },
    ];
    let mut roster = Vec::new();
    for a in &agents {
        for l in a.listings {
            roster.push((a.name.as_str(), l.mls, l.price));
        }
    }
    println!("{roster:?}");
}
