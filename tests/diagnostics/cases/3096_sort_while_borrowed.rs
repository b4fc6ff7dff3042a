//! mistake: sorted the listings in place while a comprehension of references into them was still in use
//! offending: listings.sort_by_key(|l| l.price)
//! category: ownership
use comprehensions::comp;

#[derive(Debug)]
struct Listing {
    mls: String,
    price: u64,
    pool: bool,
}

fn main() {
    let mut listings = vec![
        Listing { mls: "FL-9".into(), price: 610_000, pool: true },
        Listing { mls: "FL-3".into(), price: 455_000, pool: true },
        Listing { mls: "FL-4".into(), price: 390_000, pool: false },
    ];
    let with_pool = comp![l for l in &listings if l.pool];
    listings.sort_by_key(|l| l.price);
    println!("{with_pool:?} / cheapest {:?}", listings.first());
}
