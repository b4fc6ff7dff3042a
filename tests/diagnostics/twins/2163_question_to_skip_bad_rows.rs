//! mistake: used `?` hoping to skip unparsable rows, in a loader that returns a plain `Vec`
//! offending: parse_sale(line)?
//! category: try

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

fn load_sales(lines: &[&str]) -> Vec<Sale> {
    let mut sales = Vec::new();
    for line in lines {
        sales.push(parse_sale(line)?);
    }
    sales
}

fn main() {
    let sales = load_sales(&["A-100,3", "garbage", "B-200, 7"]);
    println!("{sales:?}");
}
