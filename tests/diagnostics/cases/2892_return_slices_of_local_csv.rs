//! mistake: returned `&str` SKUs borrowed from a `String` the function itself owns
//! offending: comp![line.split(',').next().unwrap_or("") for line in export.lines()]
//! category: ownership
use comprehensions::comp;

fn load_export() -> String {
    "SKU-1,4\nSKU-2,0\nSKU-3,9".to_string()
}

fn exported_skus<'a>() -> Vec<&'a str> {
    let export = load_export();
    comp![line.split(',').next().unwrap_or("") for line in export.lines()]
}

fn main() {
    println!("{:?}", exported_skus());
}
