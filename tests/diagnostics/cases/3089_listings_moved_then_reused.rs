//! mistake: iterated `listings` by value to pick the open houses, then used it again for the count
//! offending: listings.len()
//! category: ownership
use comprehensions::comp;

struct Listing {
    mls: String,
    open_house: bool,
}

fn main() {
    let listings = vec![
        Listing { mls: "PA-1".into(), open_house: true },
        Listing { mls: "PA-2".into(), open_house: false },
    ];
    let open_houses = comp![l.mls for l in listings if l.open_house];
    println!("{} of {} listings have an open house", open_houses.len(), listings.len());
}
