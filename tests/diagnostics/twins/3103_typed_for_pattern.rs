//! mistake: annotated the loop variable's type in the `for` pattern
//! offending: l: &Listing
//! category: syntax
struct Listing {
    mls: String,
    year_built: u16,
}

fn main() {
    let listings = vec![
        Listing { mls: "MA-1".into(), year_built: 1890 },
        Listing { mls: "MA-2".into(), year_built: 2004 },
    ];
    let mut historic = Vec::new();
    for l: &Listing in &listings {
        if l.year_built < 1920 {
            historic.push(l.mls.as_str());
        }
    }
    println!("{historic:?}");
}
