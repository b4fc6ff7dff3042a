//! mistake: forgot the `?` after the fallible row parser, so the list holds `Result`s
//! offending: parse_row(r)
//! category: try
use comprehensions::comp;

#[derive(Debug)]
struct Listing {
    mls: String,
    price: u64,
}

#[derive(Debug)]
struct RowError(String);

fn parse_row(row: &str) -> Result<Listing, RowError> {
    let (mls, price) = row.split_once('|').ok_or_else(|| RowError(row.to_string()))?;
    let price = price.parse().map_err(|_| RowError(row.to_string()))?;
    Ok(Listing { mls: mls.to_string(), price })
}

fn import_feed(rows: &[&str]) -> Result<Vec<Listing>, RowError> {
    let parsed: Vec<Listing> = comp![parse_row(r) for r in rows if !r.is_empty()];
    Ok(parsed)
}

fn main() {
    println!("{:?}", import_feed(&["LA-1|199000", "", "LA-2|245000"]));
}
