//! mistake: picked shortlisted listings by index, moving them out of the `Vec`
//! offending: listings[i]
//! category: ownership
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
    let shortlist: Vec<Listing> = shortlist_idx.into_iter().map(|i| listings[i]).collect();
    println!("{shortlist:?}");
}
