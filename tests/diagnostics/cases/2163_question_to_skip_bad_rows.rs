//! mistake: used `?` hoping to skip unparsable rows, in a loader that returns a plain `Vec`
//! offending: parse_sale(line)?
//! category: try
use comprehensions::comp;

#[derive(Debug)]
struct Sale {
    sku: String,
    qty: u32,
}

#[derive(Debug)]
struct ParseError(String);

fn parse_sale(line: &str) -> Result<Sale, ParseError> {
    let (sku, qty) = line.split_once(',').ok_or_else(|| ParseError(line.to_string()))?;
    let qty = qty.trim().parse().map_err(|_| ParseError(line.to_string()))?;
    Ok(Sale { sku: sku.to_string(), qty })
}

// Python: the try/except-continue loop, squeezed into [parse_sale(l) for l in lines]
fn load_sales(lines: &[&str]) -> Vec<Sale> {
    comp![parse_sale(line)? for line in lines]
}

fn main() {
    let sales = load_sales(&["A-100,3", "garbage", "B-200, 7"]);
    println!("{sales:?}");
}
