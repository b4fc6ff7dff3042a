//! mistake: moved the `address` String out of a borrowed listing for the mailing list
//! offending: l.address
//! category: ownership
use comprehensions::comp;

struct Listing {
    address: String,
    owner_occupied: bool,
}

fn main() {
    let listings = vec![
        Listing { address: "55 Maple Dr".into(), owner_occupied: false },
        Listing { address: "8 Cedar Way".into(), owner_occupied: true },
    ];
    let mailers: Vec<String> = comp![l.address for l in &listings if !l.owner_occupied];
    println!("{mailers:?} ({} total listings)", listings.len());
}
