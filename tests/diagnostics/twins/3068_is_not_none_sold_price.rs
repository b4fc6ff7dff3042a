//! mistake: tested an Option field with Python's `is not None`
//! offending: is not None
//! category: python-habit
struct Sale {
    listing_id: u32,
    list_price: u64,
    sold_price: Option<u64>,
}

fn main() {
    let sales = vec![
        Sale { listing_id: 1, list_price: 500_000, sold_price: Some(489_000) },
        Sale { listing_id: 2, list_price: 650_000, sold_price: None },
        Sale { listing_id: 3, list_price: 300_000, sold_price: Some(312_500) },
    ];
    let mut closed = Vec::new();
    for s in &sales {
        if s.sold_price is not None {
            closed.push((s.listing_id, s.list_price));
        }
    }
    println!("{closed:?}");
}
