//! mistake: rounds to cents with Python's `round(x, 2)` as `.round(2)`
//! offending: round(2)
//! category: python-habit
struct Item {
    price: f64,
}

fn main() {
    let rows = vec![Item { price: 9.99 }, Item { price: 12.5 }];
    let with_vat: Vec<f64> = rows.iter().map(|r| (r.price * 1.2).round(2)).collect();
    println!("{with_vat:?}");
}
