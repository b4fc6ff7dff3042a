//! mistake: filtered fills with SQL's `where` instead of the comprehension's `if`
//! offending: where
//! category: syntax
struct Fill {
    venue: &'static str,
    qty: u32,
    price: f64,
}

fn main() {
    let fills = vec![
        Fill { venue: "IEX", qty: 100, price: 42.10 },
        Fill { venue: "DARK", qty: 5_000, price: 42.08 },
        Fill { venue: "NYSE", qty: 300, price: 42.11 },
    ];
    let mut lit = Vec::new();
    for f in &fills where f.venue != "DARK" {
        lit.push(f.qty as f64 * f.price);
    }
    println!("{lit:?}");
}
