//! mistake: took the first page of query results with Python's slice `rows[:limit]`
//! offending: rows[:limit]
//! category: python-habit
use comprehensions::comp;

#[derive(Debug)]
struct ProductRow {
    sku: String,
    price_cents: u32,
}

fn list_products(rows: &[ProductRow], limit: usize) -> Vec<&str> {
    comp![p.sku.as_str() for p in rows[:limit] if p.price_cents > 0]
}

fn main() {
    let rows = vec![
        ProductRow { sku: "KB-01".to_string(), price_cents: 4999 },
        ProductRow { sku: "MS-02".to_string(), price_cents: 1999 },
        ProductRow { sku: "GIFT".to_string(), price_cents: 0 },
    ];
    println!("{:?}", list_products(&rows, 2));
}
