//! mistake: compared a listing status enum with the string `"active"` as in the Python dicts
//! offending: l.status == "active"
//! category: type
use comprehensions::comp;

#[derive(Debug, PartialEq)]
enum Status {
    Active,
    Pending,
    Sold,
}

struct Listing {
    mls: String,
    status: Status,
}

fn main() {
    let listings = vec![
        Listing { mls: "MI-1".into(), status: Status::Active },
        Listing { mls: "MI-2".into(), status: Status::Pending },
        Listing { mls: "MI-3".into(), status: Status::Sold },
    ];
    let active = comp![l.mls.as_str() for l in &listings if l.status == "active"];
    println!("{active:?}");
}
