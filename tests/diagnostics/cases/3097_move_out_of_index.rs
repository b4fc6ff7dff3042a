//! mistake: picked shortlisted listings by index, moving them out of the `Vec`
//! offending: listings[i]
//! category: ownership
use comprehensions::comp;

#[derive(Debug)]
struct Listing {
    mls: String,
    price: u64,
}

fn main() {
    let listings = vec![
        Listing { mls: "VA-1".into(), price: 520_000 },
        Listing { mls: "VA-2".into(), price: 610_000 },
        Listing { mls: "VA-3".into(), price: 480_000 },
    ];
    let shortlist_idx = vec![2usize, 0];
    let shortlist: Vec<Listing> = comp![listings[i] for i in shortlist_idx];
    println!("{shortlist:?}");
}
