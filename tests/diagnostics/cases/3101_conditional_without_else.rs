//! mistake: wrote a conditional element without `else` where a filter was meant
//! offending: l.mls.as_str() if l.price_cut
//! category: syntax
use comprehensions::comp;

struct Listing {
    mls: String,
    price_cut: bool,
}

fn main() {
    let listings = vec![
        Listing { mls: "WI-1".into(), price_cut: true },
        Listing { mls: "WI-2".into(), price_cut: false },
    ];
    let reduced = comp![l.mls.as_str() if l.price_cut for l in &listings];
    println!("{reduced:?}");
}
