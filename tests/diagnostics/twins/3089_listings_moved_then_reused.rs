//! mistake: iterated `listings` by value to pick the open houses, then used it again for the count
//! offending: listings.len()
//! category: ownership
struct Listing {
    mls: String,
    open_house: bool,
}

fn main() {
    let listings = vec![
        Listing { mls: "PA-1".into(), open_house: true },
        Listing { mls: "PA-2".into(), open_house: false },
    ];
    let mut open_houses = Vec::new();
    for l in listings {
        if l.open_house {
            open_houses.push(l.mls);
        }
    }
    println!("{} of {} listings have an open house", open_houses.len(), listings.len());
}
