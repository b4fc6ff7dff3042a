//! mistake: used `?` on an optional sold price inside a function that returns `Result<_, String>`
//! offending: s.sold_price?
//! category: try
struct Sale {
    mls: String,
    list_price: u64,
    sold_price: Option<u64>,
}

fn sale_to_list_ratios(sales: &[Sale]) -> Result<Vec<(String, f64)>, String> {
    let mut out = Vec::new();
    for s in sales {
        out.push((s.mls.clone(), s.sold_price? as f64 / s.list_price as f64));
    }
    Ok(out)
}

fn main() {
    let sales = vec![
        Sale { mls: "KS-1".into(), list_price: 300_000, sold_price: Some(294_000) },
        Sale { mls: "KS-2".into(), list_price: 410_000, sold_price: None },
    ];
    println!("{:?}", sale_to_list_ratios(&sales));
}
