//! mistake: filtered on a nullable column, comparing an `Option<f64>` with `0.0`
//! offending: l.discount > 0.0
//! category: type
use comprehensions::comp;

struct Listing {
    id: u32,
    price: f64,
    discount: Option<f64>,
}

fn main() {
    let listings = vec![
        Listing { id: 1, price: 25.0, discount: Some(0.1) },
        Listing { id: 2, price: 40.0, discount: None },
        Listing { id: 3, price: 12.0, discount: Some(0.0) },
    ];
    // Python: on_sale = [l.id for l in listings if l.discount > 0]  (NaN-free column)
    let on_sale: Vec<u32> = comp![l.id for l in &listings if l.discount > 0.0];
    let gross: f64 = listings.iter().map(|l| l.price).sum();
    println!("{on_sale:?} of {gross}");
}
