//! mistake: collected borrowed `&str` addresses into a `Vec<String>` for the export
//! offending: l.address.as_str()
//! category: type
use comprehensions::comp;

struct Listing {
    address: String,
    active: bool,
}

fn export_rows(rows: Vec<String>) -> usize {
    rows.len()
}

fn main() {
    let listings = vec![
        Listing { address: "12 Elm St, Austin TX".into(), active: true },
        Listing { address: "4 Pine Ct, Austin TX".into(), active: false },
    ];
    let addresses: Vec<String> = comp![l.address.as_str() for l in &listings if l.active];
    println!("{}", export_rows(addresses));
}
