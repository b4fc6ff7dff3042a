//! mistake: took the first ten sorted listings with Python's slice `[:10]`
//! offending: sorted[:10]
//! category: python-habit
#[derive(Clone)]
struct Listing {
    mls: String,
    price: u64,
}

fn main() {
    let mut sorted: Vec<Listing> = (0..25)
        .map(|i| Listing { mls: format!("FL-{i:03}"), price: 200_000 + (i * 37_000) % 400_000 })
        .collect();
    sorted.sort_by_key(|l| l.price);
    let mut cheapest = Vec::new();
    for l in &sorted[:10] {
        cheapest.push((l.mls.clone(), l.price));
    }
    println!("{cheapest:?}");
}
