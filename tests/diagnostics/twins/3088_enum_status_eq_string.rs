//! mistake: compared a listing status enum with the string `"active"` as in the Python dicts
//! offending: l.status == "active"
//! category: type
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
    let mut active = Vec::new();
    for l in &listings {
        if l.status == "active" {
            active.push(l.mls.as_str());
        }
    }
    println!("{active:?}");
}
