//! mistake: used `?` expecting it to skip CSV import rows whose price does not parse, into a plain `Vec`
//! offending: row.price.parse::<u64>()?
//! category: try
use comprehensions::comp;

struct ImportRow {
    sku: String,
    price: String,
}

fn import_prices(rows: &[ImportRow]) -> Vec<(String, u64)> {
    comp![(row.sku.clone(), row.price.parse::<u64>()?) for row in rows]
}

fn main() {
    let rows = vec![
        ImportRow { sku: "KB-01".to_string(), price: "4999".to_string() },
        ImportRow { sku: "MS-02".to_string(), price: "n/a".to_string() },
    ];
    println!("{:?}", import_prices(&rows));
}
