//! mistake: returned `&str` SKUs borrowed from a `String` the function itself owns
//! offending: export.lines().map(|line| line.split(',').next().unwrap_or("")).collect()
//! category: ownership
fn load_export() -> String {
    "SKU-1,4\nSKU-2,0\nSKU-3,9".to_string()
}

fn exported_skus<'a>() -> Vec<&'a str> {
    let export = load_export();
    export.lines().map(|line| line.split(',').next().unwrap_or("")).collect()
}

fn main() {
    println!("{:?}", exported_skus());
}
