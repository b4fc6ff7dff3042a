//! mistake: compared a cast without parentheses, `x as u64 < max`, which rustc reads as generics
//! offending: l.sqft as u64 < max_sqft
//! category: syntax
struct Listing {
    mls: String,
    sqft: u32,
}

fn main() {
    let listings = vec![
        Listing { mls: "UT-1".into(), sqft: 1_450 },
        Listing { mls: "UT-2".into(), sqft: 3_900 },
    ];
    let max_sqft: u64 = 2_000;
    let mut starter_homes = Vec::new();
    for l in &listings {
        if l.sqft as u64 < max_sqft {
            starter_homes.push(l.mls.as_str());
        }
    }
    println!("{starter_homes:?}");
}
