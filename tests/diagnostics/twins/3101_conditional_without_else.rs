//! mistake: wrote a conditional element without `else` where a filter was meant
//! offending: if l.price_cut { l.mls.as_str() }
//! category: syntax
struct Listing {
    mls: String,
    price_cut: bool,
}

fn main() {
    let listings = vec![
        Listing { mls: "WI-1".into(), price_cut: true },
        Listing { mls: "WI-2".into(), price_cut: false },
    ];
    let reduced: Vec<&str> = listings.iter().map(|l| if l.price_cut { l.mls.as_str() }).collect();
    println!("{reduced:?}");
}
