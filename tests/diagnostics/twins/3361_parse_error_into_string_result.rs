//! mistake: used `?` on a `ParseIntError` inside a function returning `Result<_, String>`
//! offending: ?
//! category: try
fn parse_citation_counts(rows: &[&str]) -> Result<Vec<u32>, String> {
    let mut counts = Vec::new();
    for row in rows {
        counts.push(row.split(',').nth(1).unwrap_or("").trim().parse::<u32>()?);
    }
    Ok(counts)
}

fn main() {
    let rows = ["10.1/a, 12", "10.1/b, n/a"];
    println!("{:?}", parse_citation_counts(&rows));
}
