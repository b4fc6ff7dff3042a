//! mistake: used `?` on a stock lookup `Option` in a function returning `Result`
//! offending: ?
//! category: try
use std::collections::HashMap;

fn bin_locations(skus: &[&str], bins: &HashMap<&str, &'static str>) -> Result<Vec<&'static str>, String> {
    let mut out = Vec::new();
    for sku in skus {
        out.push(*bins.get(sku)?);
    }
    Ok(out)
}

fn main() {
    let bins = HashMap::from([("SKU-1001", "A-01-3")]);
    println!("{:?}", bin_locations(&["SKU-1001", "SKU-9"], &bins));
}
