//! mistake: selected a `String` column as `&l.sku` where a `Vec<String>` is declared
//! offending: &l.sku
//! category: type
use comprehensions::comp;

struct StockLevel {
    sku: String,
    on_hand: i32,
}

fn reorder(skus: Vec<String>) {
    for s in skus {
        println!("reorder {s}");
    }
}

fn main() {
    let levels = vec![
        StockLevel { sku: "A-100".into(), on_hand: 0 },
        StockLevel { sku: "B-200".into(), on_hand: 14 },
        StockLevel { sku: "C-300".into(), on_hand: -2 },
    ];
    // Python: to_reorder = [l.sku for l in levels if l.on_hand <= 0]
    let to_reorder: Vec<String> = comp![&l.sku for l in &levels if l.on_hand <= 0];
    reorder(to_reorder);
}
