//! mistake: an eager `acomp![..]` (which awaits in place) in a plain `fn`, as if it returned a list
//! offending: .await
//! category: async

async fn stock_level(sku: &str) -> u32 {
    sku.len() as u32
}

fn low_stock(skus: &[&str]) -> Vec<String> {
    let mut out = Vec::new();
    for s in skus {
        if stock_level(s).await < 5 {
            out.push(s.to_string());
        }
    }
    out
}

fn main() {
    println!("{:?}", low_stock(&["A1", "B2222222"]));
}
