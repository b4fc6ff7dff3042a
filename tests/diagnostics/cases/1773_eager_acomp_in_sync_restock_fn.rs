//! mistake: an eager `acomp![..]` (which awaits in place) in a plain `fn`, as if it returned a list
//! offending: acomp![s.to_string() for s in skus if stock_level(s).await < 5]
//! category: async
use comprehensions::acomp;

async fn stock_level(sku: &str) -> u32 {
    sku.len() as u32
}

fn low_stock(skus: &[&str]) -> Vec<String> {
    acomp![s.to_string() for s in skus if stock_level(s).await < 5]
}

fn main() {
    println!("{:?}", low_stock(&["A1", "B2222222"]));
}
