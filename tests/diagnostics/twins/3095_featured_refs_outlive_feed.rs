//! mistake: kept references to featured listings from a feed that is dropped at the end of its block
//! offending: feed
//! category: ownership
#[derive(Debug)]
struct Listing {
    mls: String,
    featured: bool,
}

fn load_feed() -> Vec<Listing> {
    vec![
        Listing { mls: "SC-1".into(), featured: true },
        Listing { mls: "SC-2".into(), featured: false },
    ]
}

fn main() {
    let featured = {
        let feed = load_feed();
        let mut out = Vec::new();
        for l in &feed {
            if l.featured {
                out.push(l);
            }
        }
        out
    };
    println!("{featured:?}");
}
