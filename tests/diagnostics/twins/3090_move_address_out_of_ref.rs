//! mistake: moved the `address` String out of a borrowed listing for the mailing list
//! offending: l.address
//! category: ownership
struct Listing {
    address: String,
    owner_occupied: bool,
}

fn main() {
    let listings = vec![
        Listing { address: "55 Maple Dr".into(), owner_occupied: false },
        Listing { address: "8 Cedar Way".into(), owner_occupied: true },
    ];
    let mut mailers: Vec<String> = Vec::new();
    for l in &listings {
        if !l.owner_occupied {
            mailers.push(l.address);
        }
    }
    println!("{mailers:?} ({} total listings)", listings.len());
}
