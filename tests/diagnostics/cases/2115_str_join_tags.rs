//! mistake: joined a product's tags Python-style, `", ".join(tags)`, on the separator
//! offending: ", ".join(&p.tags)
//! category: python-habit
use comprehensions::comp;

struct Product {
    sku: String,
    title: String,
    tags: Vec<String>,
}

fn main() {
    let catalog = vec![
        Product { sku: "A-100".into(), title: "Hose reel".into(), tags: vec!["garden".into(), "outdoor".into()] },
        Product { sku: "B-200".into(), title: "Desk lamp".into(), tags: vec!["office".into()] },
        Product { sku: "C-300".into(), title: "Gift card".into(), tags: vec![] },
    ];
    // Python: [f"{p.sku};{p.title};{', '.join(p.tags)}" for p in catalog]
    let csv_rows: Vec<String> = comp![format!("{};{};{}", p.sku, p.title, ", ".join(&p.tags)) for p in &catalog];
    for row in &csv_rows {
        println!("{row}");
    }
}
